import Link from "next/link";
import type { RouterOutputs } from "@/app/_trpc/client";

type Row = RouterOutputs["dashboard"]["athletes"]["rows"][number];

/** Whether anyone answered the athlete's latest shared check-in, and the way into its thread. */
export function ThreadStatus({ row, clubId }: { row: Row; clubId: string }) {
  if (!row.thread || !row.latestCheckinId) return null;
  const { answered, repliedBy, athleteWroteSince } = row.thread;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" data-testid="thread-status">
      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${answered ? "bg-stone-100 text-stone-800" : "bg-amber-100 text-amber-950"}`}>
        {answered ? `Replied by ${repliedBy ?? "a former coach"}` : "Unanswered"}
      </span>
      {athleteWroteSince && answered ? <span className="text-xs font-medium text-amber-950">{row.name} wrote since</span> : null}
      <Link prefetch={false} href={`/checkins/${row.latestCheckinId}#thread-${clubId}`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
        {answered ? "Open the thread" : `Reply to ${row.name}`}
      </Link>
    </p>
  );
}
