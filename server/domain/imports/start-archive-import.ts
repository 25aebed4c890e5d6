import type { StartArchiveInput } from "@/contract/imports";
import type { DbOrTx } from "@/db/client";
import { importBatches } from "@/db/schema";

/**
 * Opens an archive import: the batch the upload will fill, so the page can show its progress while the upload runs.
 * The router makes this a create with an idempotency key, so a double click opens one batch.
 */
export async function startArchiveImport(db: DbOrTx, userId: string, input: StartArchiveInput) {
  const [row] = await db
    .insert(importBatches)
    .values({ userId, kind: "archive", fileName: input.fileName.slice(0, 255), status: "running" })
    .returning({ id: importBatches.id });
  return { id: row!.id };
}
