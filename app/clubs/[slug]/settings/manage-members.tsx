"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type RouterOutputs, useTRPC } from "@/app/_trpc/client";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import type { AssignableRole } from "@/contract/values";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorNote } from "../../_components/error-note";
import { LoadMore } from "../../_components/load-more";
import { RoleBadge } from "../../_components/role-badge";

type Member = RouterOutputs["clubs"]["members"]["items"][number];

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
  // Handing over the club ends this roster for the caller, so it locks every row, and stays locked while the page leaves.
  const locked = transfer.isPending || transfer.isSuccess;

  if (list.isPending) return <p role="status" className="text-sm text-stone-600">Loading members…</p>;
  if (list.isError) return <ErrorNote error={list.error} />;
  const members = list.data.pages.flatMap((p) => p.items);
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-stone-100" aria-label="Manage members">
        {members.map((m) => (
          <MemberRow
            key={m.userId}
            member={m}
            locked={locked}
            onChangeRole={(role) => changeRole.mutateAsync({ clubId, userId: m.userId, role })}
            onRemove={() => remove.mutateAsync({ clubId, userId: m.userId })}
            onTransfer={() => transfer.mutateAsync({ clubId, userId: m.userId })}
          />
        ))}
      </ul>
      {/* Removing and handing over say what failed inside their dialogs. */}
      <ErrorNote error={changeRole.error} />
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} label="More members" />
    </div>
  );
}

/** One member's actions: one change at a time for this member, while other members stay editable. */
function MemberRow({
  member: m,
  locked,
  onChangeRole,
  onRemove,
  onTransfer,
}: {
  member: Member;
  locked: boolean;
  onChangeRole: (role: AssignableRole) => Promise<unknown>;
  onRemove: () => Promise<unknown>;
  onTransfer: () => Promise<unknown>;
}) {
  const once = useSubmitOnce();
  const busy = locked || once.pending;
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
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
            onClick={() => void once.run(() => onChangeRole(m.role === "coach" ? "member" : "coach"))}
          >
            {m.role === "coach" ? "Make member" : "Make coach"}
          </button>
          <ConfirmDialog
            trigger={<button type="button" className="btn-secondary" disabled={busy} aria-label={`Make ${m.name} the owner`}>Make owner</button>}
            title={`Hand the club to ${m.name}?`}
            description="You will stay on as a coach."
            confirmLabel="Hand it over"
            pendingLabel="Handing over…"
            onConfirm={onTransfer}
          />
          <ConfirmDialog
            trigger={<button type="button" className="btn-danger" disabled={busy} aria-label={`Remove ${m.name}`}>Remove</button>}
            title={`Remove ${m.name}?`}
            description="They won't be able to rejoin by themselves."
            confirmLabel="Remove"
            pendingLabel="Removing…"
            cancelLabel="Keep them"
            onConfirm={onRemove}
          />
        </span>
      )}
    </li>
  );
}
