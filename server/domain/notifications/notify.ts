import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { nameBasedId } from "./name-based-id";

export type NewNotification = {
  userId: string;
  /** e.g. "club.join_approved", "feed.reaction", "block.assigned". */
  kind: string;
  title: string;
  body?: string;
  href?: string | null;
  /**
   * Names the event, for notifications that must be sent once: the same recipient, kind and key always give the
   * same row id, so the primary key turns a repeat (or a concurrent twin) into a no-op.
   */
  onceKey?: string;
};

type OnceRef = Pick<NewNotification, "userId" | "kind"> & { onceKey: string };

function onceId(n: OnceRef): string {
  return nameBasedId(`${n.userId}\n${n.kind}\n${n.onceKey}`);
}

/** Inserts notifications in one statement; pass a transaction so they land with the change they report. */
export async function notify(db: DbOrTx, items: NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  await db
    .insert(notifications)
    .values(
      items.map((n) => ({
        id: n.onceKey === undefined ? undefined : onceId({ ...n, onceKey: n.onceKey }),
        userId: n.userId,
        kind: n.kind,
        title: n.title,
        body: n.body ?? "",
        href: n.href ?? null,
      })),
    )
    .onConflictDoNothing({ target: notifications.id });
}

/** Takes back a notification sent with `onceKey` if it is still unread; once read, it stays as history. */
export async function withdrawUnreadNotification(db: DbOrTx, ref: OnceRef): Promise<void> {
  await db
    .delete(notifications)
    .where(and(eq(notifications.id, onceId(ref)), eq(notifications.userId, ref.userId), isNull(notifications.readAt)));
}
