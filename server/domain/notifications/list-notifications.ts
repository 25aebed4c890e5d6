import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { keysetPage } from "@/server/domain/keyset/keyset-page";

/** The caller's notifications, newest first, keyset-paginated on (created_at, id). */
export async function listNotifications(
  db: DbOrTx,
  userId: string,
  input: { cursor?: { at: string; id: string } | null | undefined; limit?: number | undefined; unreadOnly?: boolean | undefined },
) {
  const limit = input.limit ?? 20;
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      cursorAt: sql<string>`${notifications.createdAt}::text`,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        input.unreadOnly ? isNull(notifications.readAt) : undefined,
        input.cursor ? sql`(${notifications.createdAt}, ${notifications.id}) < (${input.cursor.at}::timestamptz, ${input.cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit + 1);
  return keysetPage(rows, limit);
}
