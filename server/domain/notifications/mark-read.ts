import { and, eq, isNull, sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

/** Marks one of the caller's own notifications read. */
export async function markNotificationRead(db: DbOrTx, { userId, notificationId: id }: { userId: string; notificationId: string }) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id, readAt: notifications.readAt });
  if (!row) throw AppError.notFound("Notification");
  return row;
}

export async function markAllNotificationsRead(db: DbOrTx, userId: string) {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
