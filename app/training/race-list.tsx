"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { RACE_DISTANCE_LABELS } from "@/app/_lib/labels/training";
import { useTRPC } from "../_trpc/client";
import { formatDayWithYear, formatRaceTime } from "@/app/_lib/format";

export function RaceList() {
  const trpc = useTRPC();
  const query = useInfiniteQuery(trpc.training.races.infiniteQueryOptions({ limit: 10 }, { getNextPageParam: (last) => last.nextCursor }));
  if (query.isPending || query.isError) return null;
  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="text-sm text-stone-600">No races logged yet.</p>;
  return (
    <div className="space-y-2">
      <ul className="space-y-2" aria-label="Your races">
        {items.map((r) => (
          <li key={r.id} className="rounded-xl border border-stone-200 p-3">
            <p className="font-semibold">
              {RACE_DISTANCE_LABELS[r.distance]}{r.name ? ` · ${r.name}` : ""} · {formatRaceTime(r.timeSec)}
            </p>
            <p className="text-sm text-stone-600">{formatDayWithYear(r.date)}</p>
            {r.recovery ? <p className="mt-1 text-sm text-stone-800">Recovery: {r.recovery.summary}</p> : null}
          </li>
        ))}
      </ul>
      {query.hasNextPage ? (
        <button type="button" className="btn-secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          Show older races
        </button>
      ) : null}
    </div>
  );
}
