"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorNote } from "../_components/error-note";
import { LoadMore } from "../_components/load-more";

/** Join requests waiting for an owner or coach. */
export function PendingRequests({ clubId }: { clubId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const query = useInfiniteQuery(
    trpc.clubs.pendingRequests.infiniteQueryOptions({ clubId, limit: 20 }, { getNextPageParam: (last) => last.nextCursor }),
  );
  const decide = useMutation(
    trpc.clubs.decideRequest.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.clubs.pendingRequests.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.clubs.members.pathKey() });
        router.refresh();
      },
    }),
  );
  if (query.isPending) return <p className="text-sm text-stone-600">Loading requests…</p>;
  if (query.isError) return <ErrorNote error={query.error} />;
  const requests = query.data.pages.flatMap((p) => p.items);
  if (requests.length === 0) return <p className="text-sm text-stone-600">No one is waiting to join.</p>;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-stone-100" aria-label="Join requests">
        {requests.map((r) => (
          <li key={r.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="min-w-0 truncate font-medium">{r.name}</span>
            <span className="flex gap-2">
              <button
                type="button"
                className="btn-primary"
                disabled={decide.isPending}
                aria-label={`Approve ${r.name}`}
                onClick={() => decide.mutate({ clubId, userId: r.userId, decision: "approve" })}
              >
                Approve
              </button>
              <button
                type="button"
                className="btn-secondary"
                disabled={decide.isPending}
                aria-label={`Decline ${r.name}`}
                onClick={() => decide.mutate({ clubId, userId: r.userId, decision: "decline" })}
              >
                Decline
              </button>
            </span>
          </li>
        ))}
      </ul>
      <ErrorNote error={decide.error} />
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} />
    </div>
  );
}
