"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import Link from "next/link";
import { type RouterOutputs, useTRPC } from "@/app/_trpc/client";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { ErrorNote } from "@/app/clubs/_components/error-note";
import { LoadMore } from "@/app/clubs/_components/load-more";

type Notification = RouterOutputs["notifications"]["list"]["items"][number];

export function NotificationList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(trpc.notifications.list.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (last) => last.nextCursor }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh }));
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess: refresh }));
  const markingAll = useSubmitOnce();

  if (list.isPending) return <p role="status" className="text-sm text-stone-600">Loading notifications…</p>;
  if (list.isError) return <ErrorNote error={list.error} />;
  const items = list.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="card text-stone-700">Nothing yet. Club news, approvals and changes to group runs show up here.</p>;
  const anyUnread = items.some((n) => !n.readAt);
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <button type="button" className="btn-secondary" disabled={!anyUnread || markingAll.pending} onClick={() => void markingAll.run(() => markAll.mutateAsync())}>
          Mark all as read
        </button>
      </div>
      <ul className="space-y-2" aria-label="Notifications">
        {items.map((n) => (
          <NotificationRow key={n.id} n={n} onMarkRead={() => markRead.mutateAsync({ id: n.id })} />
        ))}
      </ul>
      <ErrorNote error={markRead.error ?? markAll.error} />
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} label="Older notifications" />
    </div>
  );
}

/** One notification; marking it read has its own guard, so other rows stay usable meanwhile. */
function NotificationRow({ n, onMarkRead }: { n: Notification; onMarkRead: () => Promise<unknown> }) {
  const once = useSubmitOnce();
  return (
    <li className={`card flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between ${n.readAt ? "" : "border-brand-200 bg-brand-50"}`}>
      <div className="min-w-0 space-y-1">
        <p className="font-medium break-words">
          {n.readAt ? null : <span className="sr-only">Unread: </span>}
          {n.href ? (
            <Link href={n.href} className="hover:underline" onClick={() => (n.readAt ? undefined : void once.run(onMarkRead))}>
              {n.title}
            </Link>
          ) : (
            n.title
          )}
        </p>
        {n.body ? <p className="text-sm break-words text-stone-700">{n.body}</p> : null}
        <p className="text-xs text-stone-600">
          <time dateTime={n.createdAt.toISOString()}>{formatDistanceToNow(n.createdAt, { addSuffix: true })}</time>
        </p>
      </div>
      {n.readAt ? null : (
        <button type="button" className="btn-secondary shrink-0" disabled={once.pending} aria-label={`Mark “${n.title}” as read`} onClick={() => void once.run(onMarkRead)}>
          Mark as read
        </button>
      )}
    </li>
  );
}
