import Link from "next/link";
import type { RsvpStatus } from "@/contract/values";
import { formatRunDistance, formatRunTime } from "@/app/_lib/format";

export type RunSummary = {
  id: string;
  title: string;
  startsAt: Date;
  meetingPoint: string;
  distanceMeters: number | null;
  paceGroups: string[];
  cancelledAt: Date | null;
  isPast: boolean;
  rsvpCounts: Record<RsvpStatus, number>;
};

/** Going, maybe and not going at a glance, with the numbers in words beside it. */
export function RsvpBar({ counts }: { counts: RunSummary["rsvpCounts"] }) {
  const total = counts.going + counts.maybe + counts.not_going;
  const pct = (n: number) => `${total ? (n / total) * 100 : 0}%`;
  return (
    <div className="flex items-center gap-3">
      <div aria-hidden="true" className="flex h-2 w-24 shrink-0 overflow-hidden rounded-full bg-stone-100">
        <span className="bg-brand-600" style={{ width: pct(counts.going) }} />
        <span className="bg-amber-400" style={{ width: pct(counts.maybe) }} />
        <span className="bg-stone-300" style={{ width: pct(counts.not_going) }} />
      </div>
      <p className="text-sm text-stone-600">
        {counts.going} going · {counts.maybe} maybe
      </p>
    </div>
  );
}

export function RunCard({ run, slug, timeZone, children }: { run: RunSummary; slug: string; timeZone: string; children?: React.ReactNode }) {
  const distance = formatRunDistance(run.distanceMeters);
  return (
    <article className={`card space-y-2 ${run.cancelledAt || run.isPast ? "opacity-80" : ""}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold break-words">
          <Link href={`/clubs/${slug}/runs/${run.id}`} className="hover:underline">
            {run.title}
          </Link>
        </h3>
        {run.cancelledAt ? (
          <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800">Cancelled</span>
        ) : run.isPast ? (
          <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-semibold text-stone-700">Past</span>
        ) : null}
      </div>
      <p className="text-sm text-stone-700">
        <time dateTime={run.startsAt.toISOString()}>{formatRunTime(run.startsAt, timeZone)}</time>
        {run.meetingPoint ? <> · {run.meetingPoint}</> : null}
        {distance ? <> · {distance}</> : null}
      </p>
      {run.paceGroups.length ? <p className="text-sm text-stone-600">Pace groups: {run.paceGroups.join(", ")}</p> : null}
      <RsvpBar counts={run.rsvpCounts} />
      {children}
    </article>
  );
}
