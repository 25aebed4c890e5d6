import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { deliverNotificationJob, type DeliverNotificationData } from "@/server/domain/delivery/deliver-notification-job";
import { loadRecipients } from "@/server/domain/delivery/load-recipients";
import { channelEnabled, quietUntil } from "@/server/domain/delivery/preferences";
import { topicOfKind } from "@/server/domain/delivery/topic-of-kind";
import { enqueueMany } from "@/server/jobs/enqueue";
import { publishLive } from "@/server/domain/live/publish-live";
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

/**
 * Inserts notifications in one statement and, in the same transaction, queues one delivery job per new one, which
 * takes it to email and push as the recipient's preferences say. Pass a transaction so both land with the change
 * they report. With a topic's in-app switch off no bell row is written (the bell shows only what the user wants
 * there), but email and push still go out if they are on.
 */
export async function notify(db: DbOrTx, items: NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  const recipients = await loadRecipients(db, items.map((n) => n.userId));
  const planned = items.flatMap((n) => {
    const user = recipients.get(n.userId);
    if (!user) return [];
    const topic = topicOfKind(n.kind);
    return [{
      ...n,
      id: n.onceKey === undefined ? randomUUID() : onceId({ ...n, onceKey: n.onceKey }),
      inApp: channelEnabled(user.overrides, topic, "in_app"),
      outside: channelEnabled(user.overrides, topic, "email") || channelEnabled(user.overrides, topic, "push"),
      startAfter: quietUntil(user, new Date()),
    }];
  });
  const bell = planned.filter((n) => n.inApp);
  const inserted = bell.length === 0 ? [] : await db
    .insert(notifications)
    .values(bell.map((n) => ({ id: n.id, userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href ?? null })))
    .onConflictDoNothing({ target: notifications.id })
    .returning({ id: notifications.id, userId: notifications.userId });
  await publishLive(db, inserted.map((r) => ({ kind: "notification", audience: "user", userId: r.userId, refId: r.id })));
  const isNew = new Set(inserted.map((r) => r.id));
  // A repeat of a once-only notification (its row already there) is not delivered again.
  const outgoing = planned.filter((p) => p.outside && (!p.inApp || isNew.has(p.id)));
  await enqueueMany(db, deliverNotificationJob, outgoing.map((n) => ({
    data: { notificationId: n.id, userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href ?? null, inApp: n.inApp } satisfies DeliverNotificationData,
    opts: { singletonKey: n.id, ...(n.startAfter && { startAfter: n.startAfter }) },
  })));
}

/** Marks the unread notifications sent with these once-keys read (e.g. a request someone has since decided). */
export async function markOnceNotificationsRead(db: DbOrTx, refs: OnceRef[]): Promise<void> {
  if (refs.length === 0) return;
  const read = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(inArray(notifications.id, refs.map(onceId)), isNull(notifications.readAt)))
    .returning({ id: notifications.id, userId: notifications.userId });
  await publishLive(db, read.map((r) => ({ kind: "notification", audience: "user", userId: r.userId, refId: r.id })));
}

/** Takes back a notification sent with `onceKey` if it is still unread; once read, it stays as history. */
export async function withdrawUnreadNotification(db: DbOrTx, ref: OnceRef): Promise<void> {
  const gone = await db
    .delete(notifications)
    .where(and(eq(notifications.id, onceId(ref)), eq(notifications.userId, ref.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  await publishLive(db, gone.map((r) => ({ kind: "notification", audience: "user", userId: ref.userId, refId: r.id })));
}
