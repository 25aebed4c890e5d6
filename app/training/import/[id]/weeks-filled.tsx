import { NO_TRAINING_LABEL, PHASE_LABELS } from "@/app/_lib/labels/phases";
import { formatShortDay } from "@/app/_lib/format";
import type { RouterOutputs } from "../../../_trpc/client";

type Summary = RouterOutputs["imports"]["summary"];

// A filled week always has sessions, but the phase list also knows weeks without any.
const phaseLabel = (phase: string) => PHASE_LABELS[phase as keyof typeof PHASE_LABELS] ?? NO_TRAINING_LABEL;

/** The weeks this import filled, oldest first, with the phase each implies judged on the whole log. */
export function WeeksFilled({ weeks, unit }: { weeks: Summary["weeks"]; unit: Summary["unit"] }) {
  if (weeks.length === 0) {
    return <p className="card text-stone-700">No sessions came in from this import, so no weeks were filled.</p>;
  }
  const phases = weeks.reduce<Record<string, number>>((n, w) => ({ ...n, [w.phase]: (n[w.phase] ?? 0) + 1 }), {});
  return (
    <section aria-labelledby="weeks-heading" className="card">
      <h2 id="weeks-heading" className="text-lg font-semibold">Weeks filled</h2>
      <p className="text-sm text-stone-700" data-testid="weeks-filled-count">
        {weeks.length} {weeks.length === 1 ? "week" : "weeks"} filled:{" "}
        {Object.entries(phases).map(([phase, n]) => `${n} ${phaseLabel(phase).toLowerCase()}`).join(", ")}.
      </p>
      <div className="mt-3 max-h-96 overflow-auto">
        <table className="w-full text-left text-sm">
          <thead className="sticky top-0 bg-white">
            <tr className="text-stone-600">
              <th scope="col" className="py-1 pr-3">Week of</th>
              <th scope="col" className="py-1 pr-3">Imported</th>
              <th scope="col" className="py-1 pr-3">Distance</th>
              <th scope="col" className="py-1">Phase</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart} className="border-t border-stone-100" data-testid="week-filled">
                <td className="py-1 pr-3">{formatShortDay(w.weekStart)}</td>
                <td className="py-1 pr-3">{w.imported} of {w.sessions}</td>
                <td className="py-1 pr-3">{w.distance} {unit}</td>
                <td className="py-1">{phaseLabel(w.phase)}{w.downWeek ? ", down week" : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
