"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { formatDay } from "@/app/_lib/format";
import { VerdictBadge } from "@/app/_components/feed/verdict-badge";
import { useTRPC } from "@/app/_trpc/client";
import { messageOf } from "@/app/_trpc/errors";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { VISIBILITY_LABELS } from "@/app/_lib/labels/checkin";
import { SESSION_TYPE_LABELS } from "@/app/_lib/labels/training";

/** Past check-ins, newest first, each with edit and delete. */
export function CheckinList() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const input = { limit: 20 };
  const list = useInfiniteQuery(trpc.checkins.mine.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor }));
  const remove = useMutation(
    trpc.checkins.delete.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.checkins.mine.infiniteQueryKey(input) });
        router.refresh();
      },
    }),
  );
  if (list.isPending) return <div role="status" className="h-32 animate-pulse rounded-2xl bg-stone-200"><span className="sr-only">Loading…</span></div>;
  if (list.isError) return <p role="alert" className="field-error">{messageOf(list.error)}</p>;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return (
      <div className="card text-center">
        <p className="font-semibold">No check-ins yet</p>
        <Link href="/checkin" className="btn-primary mt-3">Check in now</Link>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <ul className="space-y-3">
        {items.map((c) => (
          <li key={c.id} className="card space-y-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-semibold">{formatDay(c.date)}</p>
              <VerdictBadge verdict={c.verdict} />
            </div>
            <p className="text-sm text-stone-700">{c.reasons.join("; ")}</p>
            {c.sessionType ? (
              <p className="text-sm text-stone-600">
                {SESSION_TYPE_LABELS[c.sessionType]} · {c.sessionMinutes} min
                {c.sessionDistance != null ? ` · ${c.sessionDistance} ${c.distanceUnit}` : ""}
                {c.sessionRpe != null ? ` · effort ${c.sessionRpe}/10` : ""}
              </p>
            ) : null}
            {c.note ? <p className="whitespace-pre-wrap break-words">{c.note}</p> : null}
            <p className="text-xs text-stone-500">Wellness index {c.wellnessIndex} · Seen by: {VISIBILITY_LABELS[c.visibility]}</p>
            <div className="flex flex-wrap gap-2">
              {/* Each check-in's own page holds its coach threads. */}
              <Link href={`/checkins/${c.id}`} className="btn-secondary" aria-label={`Open check-in for ${formatDay(c.date)}`}>
                Open
              </Link>
              <Link href={`/checkin?date=${c.date}`} className="btn-secondary" aria-label={`Edit check-in for ${formatDay(c.date)}`}>
                Edit
              </Link>
              <DeleteCheckinButton day={formatDay(c.date)} onDelete={() => remove.mutateAsync({ id: c.id })} />
            </div>
          </li>
        ))}
      </ul>
      {list.hasNextPage ? (
        <button type="button" className="btn-secondary w-full" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? "Loading…" : "Older check-ins"}
        </button>
      ) : null}
    </div>
  );
}

/** Each check-in's delete asks first, in a dialog, and is sent once; the other rows stay usable meanwhile. */
function DeleteCheckinButton({ day, onDelete }: { day: string; onDelete: () => Promise<unknown> }) {
  return (
    <ConfirmDialog
      trigger={
        <button type="button" className="btn-secondary text-red-700" aria-label={`Delete check-in for ${day}`}>
          <Trash2 aria-hidden className="size-4" />
          Delete
        </button>
      }
      title={`Delete the check-in for ${day}?`}
      description="Its session, reactions and comments go with it. This can't be undone."
      confirmLabel="Delete check-in"
      pendingLabel="Deleting…"
      onConfirm={onDelete}
    />
  );
}
