import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { importBatches } from "@/db/schema";
import { AppError } from "@/server/errors";

/** What the progress bar needs: counts and status, without the per-file results. */
export const progressColumns = {
  id: importBatches.id,
  kind: importBatches.kind,
  fileName: importBatches.fileName,
  status: importBatches.status,
  totalFiles: importBatches.totalFiles,
  importedCount: importBatches.importedCount,
  duplicateCount: importBatches.duplicateCount,
  failedCount: importBatches.failedCount,
  createdAt: importBatches.createdAt,
  finishedAt: importBatches.finishedAt,
};

/** The caller's own batch; anyone else's is NOT_FOUND, so another runner's batch can't even be told to exist. */
export async function getOwnBatch(db: DbOrTx, userId: string, batchId: string) {
  const [row] = await db
    .select({ ...progressColumns, results: importBatches.results })
    .from(importBatches)
    .where(and(eq(importBatches.id, batchId), eq(importBatches.userId, userId)));
  if (!row) throw AppError.notFound("That import");
  return row;
}

/** Counts and status only, for polling while an archive streams in. */
export async function getImportProgress(db: DbOrTx, userId: string, batchId: string) {
  const [row] = await db
    .select(progressColumns)
    .from(importBatches)
    .where(and(eq(importBatches.id, batchId), eq(importBatches.userId, userId)));
  if (!row) throw AppError.notFound("That import");
  return row;
}
