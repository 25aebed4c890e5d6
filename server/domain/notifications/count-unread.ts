import { and, eq, isNull, sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/** Unread count for the bell, capped: past 99 the exact number doesn't help anyone. */
export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`(select 1 from ${notifications} where ${and(eq(notifications.userId, userId), isNull(notifications.readAt))} limit 100) as unread`);
  return Number(row?.n ?? 0);
}
