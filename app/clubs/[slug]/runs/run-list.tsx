"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import type { GroupRunWhen } from "@/contract/values";
import { ErrorNote } from "../../_components/error-note";
import { LoadMore } from "../../_components/load-more";
import { RunCard } from "../../_components/run-card";
import { RsvpButtons } from "../../_components/rsvp-buttons";

type Props = { clubId: string; slug: string; timeZone: string; when: GroupRunWhen; isMember: boolean; empty: string };

export function RunList({ clubId, slug, timeZone, when, isMember, empty }: Props) {
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.groupRuns.list.infiniteQueryOptions({ clubId, when, limit: 10 }, { getNextPageParam: (last) => last.nextCursor }),
  );
  if (list.isPending) return <p role="status" className="text-sm text-stone-600">Loading runs…</p>;
  if (list.isError) return <ErrorNote error={list.error} />;
  const runs = list.data.pages.flatMap((p) => p.items);
  if (runs.length === 0) return <p className="card text-sm text-stone-600">{empty}</p>;
  return (
    <div className="space-y-3">
      {runs.map((run) => (
        <RunCard key={run.id} run={run} slug={slug} timeZone={timeZone}>
          {isMember && !run.isPast && !run.cancelledAt ? <RsvpButtons clubId={clubId} runId={run.id} initial={run.myRsvp} title={run.title} /> : null}
          {isMember && run.isPast && run.myRsvp ? <p className="text-sm text-stone-600">You answered: {run.myRsvp.replace("_", " ")}</p> : null}
        </RunCard>
      ))}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} label={when === "past" ? "Older runs" : "Later runs"} />
    </div>
  );
}
