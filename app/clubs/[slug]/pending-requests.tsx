"use client";
import { Avatar } from "@/app/_components/avatar";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import type { JoinDecision as Decision } from "@/contract/values";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
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
          <RequestRow key={r.userId} userId={r.userId} name={r.name} onDecide={(decision) => decide.mutateAsync({ clubId, userId: r.userId, decision })} />
        ))}
      </ul>
      <ErrorNote error={decide.error} />
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} />
    </div>
  );
}

/** One request: approve or decline, one decision in flight at a time for this person; other requests stay usable. */
function RequestRow({ userId, name, onDecide }: { userId: string; name: string; onDecide: (decision: Decision) => Promise<unknown> }) {
  const once = useSubmitOnce();
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span className="flex min-w-0 items-center gap-2.5">
        <Avatar userId={userId} name={name} />
        <span className="min-w-0 truncate font-medium">{name}</span>
      </span>
      <span className="flex gap-2">
        <button type="button" className="btn-primary" disabled={once.pending} aria-label={`Approve ${name}`} onClick={() => void once.run(() => onDecide("approve"))}>
          Approve
        </button>
        <button type="button" className="btn-secondary" disabled={once.pending} aria-label={`Decline ${name}`} onClick={() => void once.run(() => onDecide("decline"))}>
          Decline
        </button>
      </span>
    </li>
  );
}
