import { aliasedTable, and, desc, eq } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { cursorAt, keyset } from "@/server/domain/keyset/keyset";

const auditPages = keyset("desc", { at: { on: auditLog.createdAt, type: "timestamp" }, id: { on: auditLog.id, type: "uuid" } });

/** The club's audit log, newest first, with actor and target names (one query per page). Owner-only; checked by the caller. */
export async function listAuditLog(db: DbOrTx, clubId: string, input: { cursor?: string | null | undefined; limit?: number | undefined }) {
  const limit = input.limit ?? 30;
  const after = auditPages.after(input.cursor);
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
      cursorAt: cursorAt(auditLog.createdAt),
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(target, eq(target.id, auditLog.targetUserId))
    .where(and(eq(auditLog.clubId, clubId), after))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit + 1);
  return auditPages.page(rows, limit, (r) => ({ at: r.cursorAt, id: r.id }));
}
