"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorNote } from "../../_components/error-note";
import { LoadMore } from "../../_components/load-more";
import { RoleBadge } from "../../_components/role-badge";

/** The owner's roster: promote or demote coaches, remove members, hand over ownership. */
export function ManageMembers({ clubId, slug }: { clubId: string; slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const list = useInfiniteQuery(trpc.clubs.members.infiniteQueryOptions({ clubId, limit: 30 }, { getNextPageParam: (last) => last.nextCursor }));
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.clubs.pathKey() });
    router.refresh();
  };
  const changeRole = useMutation(trpc.clubs.changeRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.clubs.removeMember.mutationOptions({ onSuccess: refresh }));
  const transfer = useMutation(trpc.clubs.transferOwnership.mutationOptions({ onSuccess: () => router.replace(`/clubs/${slug}`) }));
  const busy = changeRole.isPending || remove.isPending || transfer.isPending;

  if (list.isPending) return <p role="status" className="text-sm text-stone-600">Loading members…</p>;
  if (list.isError) return <ErrorNote error={list.error} />;
  const members = list.data.pages.flatMap((p) => p.items);
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-stone-100" aria-label="Manage members">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
            <span className="flex min-w-0 items-center gap-2">
              <span className="truncate font-medium">{m.name}</span>
              <RoleBadge role={m.role} />
            </span>
            {/* Only the owner sees this roster, so the owner row is their own: no actions on it. */}
            {m.role === "owner" ? null : (
              <span className="flex flex-wrap gap-2">
                <button
                  type="button"
                  className="btn-secondary"
                  disabled={busy}
                  aria-label={m.role === "coach" ? `Make ${m.name} a member` : `Make ${m.name} a coach`}
                  onClick={() => changeRole.mutate({ clubId, userId: m.userId, role: m.role === "coach" ? "member" : "coach" })}
                >
                  {m.role === "coach" ? "Make member" : "Make coach"}
                </button>
                <button
                  type="button"
                  className="btn-secondary"
                  disabled={busy}
                  aria-label={`Make ${m.name} the owner`}
                  onClick={() => {
                    if (window.confirm(`Hand the club to ${m.name}? You will stay on as a coach.`)) transfer.mutate({ clubId, userId: m.userId });
                  }}
                >
                  Make owner
                </button>
                <button
                  type="button"
                  className="btn-danger"
                  disabled={busy}
                  aria-label={`Remove ${m.name}`}
                  onClick={() => {
                    if (window.confirm(`Remove ${m.name}? They won't be able to rejoin by themselves.`)) remove.mutate({ clubId, userId: m.userId });
                  }}
                >
                  Remove
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <ErrorNote error={changeRole.error ?? remove.error ?? transfer.error} />
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} label="More members" />
    </div>
  );
}
