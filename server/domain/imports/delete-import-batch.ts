import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { checkins, dailyReadings, importBatches } from "@/db/schema";
import { AppError } from "@/server/errors";
import { CHECKIN_FILLED } from "./readings-csv";

/**
 * Deletes one of the caller's import batches and exactly what it created: its sessions and readings go with it (the
 * foreign keys cascade). A resting heart rate it copied onto a check-in, where the check-in had none, is taken back
 * too (the batch's results list those days), as long as the check-in still holds that same value.
 */
export async function deleteImportBatch(db: DbOrTx, userId: string, batchId: string) {
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .select({ id: importBatches.id })
      .from(importBatches)
      .where(and(eq(importBatches.id, batchId), eq(importBatches.userId, userId)))
      .for("update");
    if (!batch) throw AppError.notFound("That import");
    await tx.execute(sql`
      update ${checkins} c set resting_hr = null
      from ${dailyReadings} r, ${importBatches} b
      where b.id = ${batchId} and b.user_id = ${userId} and r.import_batch_id = b.id
        and c.user_id = r.user_id and c.date = r.date and c.resting_hr = r.resting_hr
        and exists (select 1 from jsonb_array_elements(b.results) e where e->>'file' = r.date::text and e->>'reason' = ${CHECKIN_FILLED})`);
    await tx.delete(importBatches).where(and(eq(importBatches.id, batchId), eq(importBatches.userId, userId)));
    return { id: batchId };
  });
}
