import { and, desc, eq, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { cursorAt, keyset } from "@/server/domain/keyset/keyset";

const notificationPages = keyset("desc", { at: { on: notifications.createdAt, type: "timestamp" }, id: { on: notifications.id, type: "uuid" } });

/** The caller's notifications, newest first, keyset-paginated on (created_at, id). */
export async function listNotifications(
  db: DbOrTx,
  userId: string,
  input: { cursor?: string | null | undefined; limit?: number | undefined; unreadOnly?: boolean | undefined },
) {
  const limit = input.limit ?? 20;
  const after = notificationPages.after(input.cursor);
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      cursorAt: cursorAt(notifications.createdAt),
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        input.unreadOnly ? isNull(notifications.readAt) : undefined,
        after,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
  return notificationPages.page(rows, limit, (n) => ({ at: n.cursorAt, id: n.id }));
}
