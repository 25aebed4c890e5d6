"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorNote } from "../_components/error-note";
import { JOIN_POLICY_LABELS } from "@/app/_lib/labels/clubs";
import { LoadMore } from "../_components/load-more";

export function DiscoverList({ query }: { query: string }) {
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.clubs.discover.infiniteQueryOptions({ query: query || undefined, limit: 12 }, { getNextPageParam: (last) => last.nextCursor }),
  );
  if (list.isPending) return <p role="status" className="text-sm text-stone-600">Looking for clubs…</p>;
  if (list.isError) return <ErrorNote error={list.error} />;
  const clubs = list.data.pages.flatMap((p) => p.items);
  if (clubs.length === 0) {
    return (
      <div className="card space-y-2">
        <p className="font-medium">{query ? `No public clubs match “${query}”.` : "No public clubs yet."}</p>
        <p className="text-sm text-stone-700">
          Try another name or area, or{" "}
          <Link href="/clubs/new" className="font-medium text-brand-800 underline">
            start a club
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ul className="grid gap-4 sm:grid-cols-2" aria-label="Clubs">
        {clubs.map((c) => (
          <li key={c.id} className="card space-y-2">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/clubs/${c.slug}`} className="text-lg font-semibold break-words hover:underline">
                {c.name}
              </Link>
              {c.myStatus === "active" ? <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-900">Joined</span> : null}
            </div>
            <p className="text-sm text-stone-600">
              {c.area || "No area"} · {c.memberCount} {c.memberCount === 1 ? "member" : "members"} · {JOIN_POLICY_LABELS[c.joinPolicy]}
            </p>
            {c.description ? <p className="line-clamp-2 text-sm break-words text-stone-700">{c.description}</p> : null}
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} label="More clubs" />
    </div>
  );
}
