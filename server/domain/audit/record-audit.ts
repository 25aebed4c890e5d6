import { auditLog } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export type AuditEntry = {
  clubId: string;
  actorId: string;
  action: string;
  targetUserId?: string | null;
  details?: Record<string, unknown>;
};

/** Records a coach or owner action; call it inside the same transaction as the action. */
export async function recordAudit(db: DbOrTx, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db.insert(auditLog).values(
    list.map((e) => ({ clubId: e.clubId, actorId: e.actorId, action: e.action, targetUserId: e.targetUserId ?? null, details: e.details ?? {} })),
  );
}
