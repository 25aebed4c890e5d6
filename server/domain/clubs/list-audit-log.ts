import { aliasedTable, and, desc, eq, sql } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { keysetPage } from "@/server/domain/keyset/keyset-page";

export type AuditCursor = { at: string; id: string };

/** The club's audit log, newest first, with actor and target names (one query per page). Owner-only; checked by the caller. */
export async function listAuditLog(db: DbOrTx, clubId: string, input: { cursor?: AuditCursor | null | undefined; limit?: number | undefined }) {
  const limit = input.limit ?? 30;
  const actor = aliasedTable(users, "actor");
  const target = aliasedTable(users, "target");
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      actorName: actor.name,
      targetName: target.name,
      cursorAt: sql<string>`${auditLog.createdAt}::text`,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(target, eq(target.id, auditLog.targetUserId))
    .where(
      and(
        eq(auditLog.clubId, clubId),
        input.cursor ? sql`(${auditLog.createdAt}, ${auditLog.id}) < (${input.cursor.at}::timestamptz, ${input.cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit + 1);
  return keysetPage(rows, limit);
}
