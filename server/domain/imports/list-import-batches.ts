import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { importBatches } from "@/db/schema";
import { cursorAt, keyset } from "@/server/domain/keyset/keyset";
import { progressColumns } from "./batch-view";

const batchPages = keyset("desc", {
  createdAt: { on: importBatches.createdAt, type: "timestamp" },
  id: { on: importBatches.id, type: "uuid" },
});

/** The caller's imports, newest first, a page at a time: one query on the (user, created_at, id) index. */
export async function listImportBatches(db: DbOrTx, userId: string, opts: { cursor?: string | null; limit: number }) {
  const rows = await db
    .select({ ...progressColumns, cursorAt: cursorAt(importBatches.createdAt) })
    .from(importBatches)
    .where(and(eq(importBatches.userId, userId), batchPages.after(opts.cursor)))
    .orderBy(desc(importBatches.createdAt), desc(importBatches.id))
    .limit(opts.limit + 1);
  return batchPages.page(rows, opts.limit, (r) => ({ createdAt: r.cursorAt, id: r.id }));
}
