import { PHASE_COLOURS, PHASE_LABELS } from "@/app/_lib/labels";
import { PHASES, type Phase } from "@/contract/values";

type Segment = { name: string; phase: Phase; startDate: string; endDate: string };

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The last year as one bar: coach-set blocks by phase, the time between them as build. */
export function PhaseTimeline({ from, to, segments }: { from: string; to: string; segments: Segment[] }) {
  const span = Math.max(1, (t(to) - t(from)) / DAY + 1);
  const pct = (iso: string) => (((t(iso) - t(from)) / DAY) / span) * 100;
  return (
    <figure className="space-y-2">
      <div className="relative h-8 overflow-hidden rounded-lg bg-brand-600/70" role="img" aria-label={`Phases from ${from} to ${to}`}>
        {segments.map((s) => (
          <div
            key={`${s.startDate}-${s.name}`}
            className={`absolute inset-y-0 ${PHASE_COLOURS[s.phase]} border-x border-white`}
            style={{ left: `${pct(s.startDate)}%`, width: `${Math.max(0.8, ((t(s.endDate) - t(s.startDate)) / DAY + 1) / span * 100)}%` }}
            title={`${s.name}: ${s.startDate} to ${s.endDate}`}
          />
        ))}
      </div>
      <div className="flex justify-between text-xs text-stone-600">
        <span>{from}</span>
        <span>today</span>
      </div>
      <figcaption className="flex flex-wrap gap-3 text-sm text-stone-700">
        {PHASES.map((p) => (
          <span key={p} className="flex items-center gap-1">
            <span className={`inline-block size-3 rounded ${PHASE_COLOURS[p]}`} aria-hidden="true" />
            {PHASE_LABELS[p]}
          </span>
        ))}
      </figcaption>
      {segments.length ? (
        <ul className="sr-only">
          {segments.map((s) => (
            <li key={`${s.startDate}-${s.name}-sr`}>
              {PHASE_LABELS[s.phase]}: {s.name}, {s.startDate} to {s.endDate}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
