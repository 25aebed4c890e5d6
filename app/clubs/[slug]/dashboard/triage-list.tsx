"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Avatar } from "@/app/_components/avatar";
import { RACE_DISTANCE_LABELS } from "@/app/_lib/labels/training";
import { possessive } from "@/app/_lib/format";
import { FLAG_CHIP, VERDICT_PALETTE } from "@/app/_lib/palette";
import { useTRPC, type RouterOutputs } from "../../../_trpc/client";
import { messageOf } from "../../../_trpc/errors";
import type { TriageFilter } from "@/contract/dashboard";
import { TRIAGE_PAGE } from "./page-size";
import { Sparkline } from "./sparkline";
import { ThreadStatus } from "./thread-status";

const SUGGESTED_WORDS: Record<NonNullable<RouterOutputs["dashboard"]["athletes"]["rows"][number]["suggestedTemplate"]>, string> = {
  "post-marathon": "the post-marathon recovery",
  "post-half": "the post-half-marathon recovery",
  "post-10k-5k": "the post-10K/5K recovery",
  "slump-reset": "a slump reset",
  "down-week": "a down week",
};

type TriagePage = RouterOutputs["dashboard"]["athletes"];

/** `first` is the server's first page of this filter, read with the HTML; without it (another filter) the list reads it. */
export function TriageList({ clubId, slug, filter = "all", first }: { clubId: string; slug: string; filter?: TriageFilter; first?: TriagePage }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.dashboard.athletes.infiniteQueryOptions(
      { clubId, limit: TRIAGE_PAGE, filter },
      {
        getNextPageParam: (last) => last.nextCursor ?? undefined,
        // Seeded from the server's page and fresh for 15 s; live events still re-read (and re-rank) it.
        ...(first ? { initialData: { pages: [first], pageParams: [null] }, staleTime: 15_000 } : {}),
      },
    ),
  );
  if (query.isPending) return <p role="status">Loading athletes…</p>;
  if (query.isError) return <p role="alert" className="field-error">{messageOf(query.error)}</p>;
  const rows = query.data.pages.flatMap((p) => p.rows);
  if (rows.length === 0 && filter === "flagged_unanswered") {
    return (
      <div className="card">
        <p className="font-medium">Nobody flagged is waiting for a reply.</p>
        <p className="text-sm text-stone-700">Every athlete whose latest shared check-in raised a flag has a word from a coach.</p>
      </div>
    );
  }
  if (rows.length === 0) {
    return (
      <div className="card">
        <p className="font-medium">No athletes yet.</p>
        <p className="text-sm text-stone-700">Members who join the club show up here, sorted by who needs you most.</p>
      </div>
    );
  }
  // Row links don't prefetch: 25 rows would fetch and decode dozens of pages on a phone's load for the one a coach opens.
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-600">{query.data.pages[0]?.total ?? rows.length} athletes</p>
      <ul className="space-y-3">
        {rows.map((r) => {
          const flagged = r.suggestedTemplate !== null;
          const verdict = r.verdict ? VERDICT_PALETTE[r.verdict] : null;
          const assignHref = `/clubs/${slug}/assign?athletes=${r.athleteId}${r.suggestedTemplate ? `&template=${r.suggestedTemplate}` : ""}${r.latestCheckinId && flagged ? `&checkin=${r.latestCheckinId}` : ""}`;
          return (
            <li key={r.athleteId} className={`card space-y-3 ${flagged ? "border-amber-300" : ""}`} data-testid="triage-row">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="flex min-w-0 items-start gap-3">
                  <Avatar userId={r.athleteId} name={r.name} className="mt-0.5" />
                  <div className="min-w-0">
                    <h3 className="break-words font-semibold">{r.name}</h3>
                    <div className="mt-1 flex flex-wrap gap-1.5 text-xs font-medium">
                      {verdict ? <span className={`rounded-full px-2 py-0.5 ring-1 ring-inset ${verdict.chip}`}>{verdict.label}</span> : null}
                      {r.burnoutFlag ? <span className={`rounded-full px-2 py-0.5 ${FLAG_CHIP.alarm}`}>Burnout flag</span> : null}
                      {r.race ? (
                        <span className="rounded-full bg-stone-100 px-2 py-0.5 text-stone-800 ring-1 ring-inset ring-stone-300">
                          {RACE_DISTANCE_LABELS[r.race.distance]} {r.race.dayNumber === 0 ? "today" : `${r.race.dayNumber} day${r.race.dayNumber === 1 ? "" : "s"} ago`}
                        </span>
                      ) : null}
                      {r.overdoing ? <span className={`rounded-full px-2 py-0.5 ${FLAG_CHIP.warning}`}>Overdoing it: trained on a rest day</span> : null}
                      {/* Flags to notice, never verdicts: Foster's monotony and strain of the last 7 days, and a raised resting heart rate. */}
                      {r.weekLoad.monotonyFlag ? (
                        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900" data-testid="monotony-chip">
                          Samey week{r.weekLoad.monotony == null ? ": same load every day" : `: monotony ${r.weekLoad.monotony}`}
                        </span>
                      ) : null}
                      {r.weekLoad.strainFlag ? (
                        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900" data-testid="strain-chip">High strain: {r.weekLoad.strain}</span>
                      ) : null}
                      {r.restingHrSignal ? (
                        <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900 first-letter:uppercase">{r.restingHrSignal}</span>
                      ) : null}
                    </div>
                    <p className="mt-1 text-sm text-stone-600">
                      {r.daysSinceCheckin == null
                        ? "No shared check-ins yet"
                        : r.daysSinceCheckin === 0
                          ? "Checked in today"
                          : `Last check-in ${r.daysSinceCheckin} day${r.daysSinceCheckin === 1 ? "" : "s"} ago`}
                    </p>
                    <ThreadStatus row={r} clubId={clubId} />
                  </div>
                </div>
                <Sparkline points={r.trend} today={r.today} />
              </div>
              {r.block ? (
                <div className="space-y-1">
                  <p className="text-sm">
                    <Link prefetch={false} href={`/clubs/${slug}/dashboard/blocks/${r.block.id}`} className="font-medium text-brand-800 underline">
                      {r.block.name}
                    </Link>{" "}
                    {r.block.selfStarted ? <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-800">Self-started</span> : null}{" "}
                    <span className="text-stone-600">
                      · compliance {r.block.compliance == null ? "not started" : `${Math.round(r.block.compliance * 100)}%`} ({r.block.done} of {r.block.due} days done
                      {r.block.partial ? `, ${r.block.partial} partly` : ""})
                    </span>
                  </p>
                  <div className="h-2 overflow-hidden rounded-full bg-stone-200" aria-hidden="true">
                    <div className="h-full bg-brand-600" style={{ width: `${Math.round((r.block.compliance ?? 0) * 100)}%` }} />
                  </div>
                </div>
              ) : (
                <p className="text-sm text-stone-600">No current block</p>
              )}
              <div className="flex flex-wrap gap-2">
                {r.block ? (
                  // On a current block (the coach's or their own), the next step is that block, not another one.
                  <Link prefetch={false} href={`/clubs/${slug}/dashboard/blocks/${r.block.id}`} className={flagged ? "btn-primary" : "btn-secondary"}>
                    View or adjust {possessive(r.name)} block
                  </Link>
                ) : (
                  <Link prefetch={false} href={assignHref} className={flagged ? "btn-primary" : "btn-secondary"}>
                    {r.suggestedTemplate ? `Assign ${SUGGESTED_WORDS[r.suggestedTemplate]} to ${r.name}` : `Assign a block to ${r.name}`}
                  </Link>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {query.hasNextPage ? (
        <button type="button" className="btn-secondary w-full" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? "Loading…" : "Show more athletes"}
        </button>
      ) : null}
    </div>
  );
}
