import { PHASE_LEGEND, PHASE_PALETTE } from "@/app/_lib/palette";
import type { Phase } from "@/contract/values";

type Segment = { name: string; phase: Phase; startDate: string; endDate: string };

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The last year as one bar: blocks by phase; weeks with training between them as build; everything else as no
 * training, so a runner who hasn't trained sees an empty year, not a year of build.
 */
export function PhaseTimeline({ from, to, segments, trainedWeeks }: { from: string; to: string; segments: Segment[]; trainedWeeks: string[] }) {
  const span = Math.max(1, (t(to) - t(from)) / DAY + 1);
  const pct = (day: string) => (((t(day) - t(from)) / DAY) / span) * 100;
  const width = (start: string, end: string) => `${Math.max(0.8, (((t(end) - t(start)) / DAY + 1) / span) * 100)}%`;
  // Each trained week, clipped to the year shown.
  const weeks = trainedWeeks.map((monday) => {
    const start = monday < from ? from : monday;
    const sunday = iso(t(monday) + 6 * DAY);
    return { start, end: sunday > to ? to : sunday };
  });
  const empty = segments.length === 0 && weeks.length === 0;
  return (
    <figure className="space-y-2">
      <div className={`relative h-8 overflow-hidden rounded-lg ${PHASE_PALETTE.none.bar}`} role="img" aria-label={`Phases from ${from} to ${to}`}>
        {weeks.map((w) => (
          <div key={w.start} className={`absolute inset-y-0 ${PHASE_PALETTE.build.bar}`} style={{ left: `${pct(w.start)}%`, width: width(w.start, w.end) }} />
        ))}
        {segments.map((s) => (
          <div
            key={`${s.startDate}-${s.name}`}
            className={`absolute inset-y-0 ${PHASE_PALETTE[s.phase].bar} border-x border-white`}
            style={{ left: `${pct(s.startDate)}%`, width: width(s.startDate, s.endDate) }}
            title={`${s.name}: ${s.startDate} to ${s.endDate}`}
          />
        ))}
      </div>
      <div className="flex justify-between text-xs text-stone-600">
        <span>{from}</span>
        <span>today</span>
      </div>
      <figcaption className="flex flex-wrap gap-3 text-sm text-stone-700">
        {PHASE_LEGEND.map((p) => (
          <span key={p} className="flex items-center gap-1">
            <span className={`inline-block size-3 rounded ${PHASE_PALETTE[p].bar}`} aria-hidden="true" />
            {PHASE_PALETTE[p].label}
          </span>
        ))}
      </figcaption>
      {empty ? (
        <p className="text-sm text-stone-700">No training logged in the last year yet. Your phases fill in as you log sessions or follow a block.</p>
      ) : (
        <ul className="sr-only">
          {weeks.length ? <li>{PHASE_PALETTE.build.label}: training logged in {weeks.length} of the last 52 weeks</li> : null}
          {segments.map((s) => (
            <li key={`${s.startDate}-${s.name}-sr`}>
              {PHASE_PALETTE[s.phase].label}: {s.name}, {s.startDate} to {s.endDate}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
