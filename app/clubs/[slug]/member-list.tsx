"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Avatar } from "@/app/_components/avatar";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorNote } from "../_components/error-note";
import { LoadMore } from "../_components/load-more";
import { RoleBadge } from "../_components/role-badge";

/** The roster, by name, for members only. */
export function MemberList({ clubId }: { clubId: string }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.clubs.members.infiniteQueryOptions({ clubId, limit: 30 }, { getNextPageParam: (last) => last.nextCursor }),
  );
  if (query.isPending) return <p className="text-sm text-stone-600">Loading members…</p>;
  if (query.isError) return <ErrorNote error={query.error} />;
  const members = query.data.pages.flatMap((p) => p.items);
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-stone-100" aria-label="Members">
        {members.map((m) => (
          <li key={m.userId} className="flex items-center justify-between gap-2 py-2">
            <span className="flex min-w-0 items-center gap-2.5">
              <Avatar userId={m.userId} name={m.name} />
              <span className="min-w-0 truncate">{m.name}</span>
            </span>
            <RoleBadge role={m.role} />
          </li>
        ))}
      </ul>
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} label="More members" />
    </div>
  );
}
