import type { DistanceUnit } from "@/contract/values";
import { METRES_PER_UNIT } from "@/contract/units";
import { formatClock, formatPace, paceSeconds } from "../pace";
import { SplitsChart } from "./splits-chart-lazy";

const unitName = (unit: DistanceUnit) => (unit === "km" ? "kilometre" : "mile");

type Split = { distanceM: number; seconds: number; avgHr: number | null; elevationGainM: number | null };

/** The splits as a chart for the eye and a table for everyone (the chart is hidden from screen readers). */
export function SplitsSection({ splits, unit, fromFile }: { splits: Split[]; unit: DistanceUnit; fromFile: boolean }) {
  const rows = splits.map((s, i) => ({
    label: s.distanceM >= METRES_PER_UNIT[unit] * 0.98 ? `${i + 1}` : `${(s.distanceM / METRES_PER_UNIT[unit]).toFixed(2)}`,
    pace: paceSeconds(s.distanceM, s.seconds, unit),
    ...s,
  }));
  const hasHr = splits.some((s) => s.avgHr !== null);
  const hasClimb = splits.some((s) => s.elevationGainM !== null);
  return (
    <section className="card space-y-4" aria-labelledby="splits-heading">
      <h2 id="splits-heading" className="text-lg font-semibold">Splits per {unitName(unit)}</h2>
      {rows.length === 0 ? (
        <p className="rounded-xl bg-stone-50 p-4 text-stone-700">
          {fromFile
            ? "No splits for this session: its file recorded no distance to split (a gym or strength session, say)."
            : `No splits for this session: it was logged by hand. Import the run's GPX, TCX or FIT file from your watch to see its pace ${unitName(unit)} by ${unitName(unit)}, heart rate and climb.`}
        </p>
      ) : (
        <>
          <div className="h-48 w-full" aria-hidden="true" data-testid="splits-chart">
            <SplitsChart data={rows.map((r) => ({ label: r.label, pace: r.pace === null ? null : Math.round(r.pace) }))} unit={unit} />
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm tabular-nums">
              <caption className="sr-only">Each {unitName(unit)}: distance, moving time, pace{hasHr ? ", average heart rate" : ""}{hasClimb ? ", climb" : ""}</caption>
              <thead className="text-stone-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">{unit}</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Time</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Pace</th>
                  {hasHr ? <th scope="col" className="py-1 pr-3 font-medium">Avg HR</th> : null}
                  {hasClimb ? <th scope="col" className="py-1 font-medium">Climb</th> : null}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i} className="border-t border-stone-100">
                    <th scope="row" className="py-1 pr-3 font-medium">{r.label}</th>
                    <td className="py-1 pr-3">{formatClock(r.seconds)}</td>
                    <td className="py-1 pr-3">{formatPace(r.pace, unit) || "—"}</td>
                    {hasHr ? <td className="py-1 pr-3">{r.avgHr ?? "—"}</td> : null}
                    {hasClimb ? <td className="py-1">{r.elevationGainM === null ? "—" : `${r.elevationGainM} m`}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
