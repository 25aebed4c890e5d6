import { and, eq } from "drizzle-orm";
import { blockTemplates } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

/** Only a club's own templates can be deleted; built-ins belong to no club. */
export async function deleteTemplate(db: DbOrTx, { clubId, templateId }: { clubId: string; templateId: string }) {
  const deleted = await db
    .delete(blockTemplates)
    .where(and(eq(blockTemplates.id, templateId), eq(blockTemplates.clubId, clubId)))
    .returning({ id: blockTemplates.id });
  if (deleted.length === 0) throw AppError.notFound("Template");
  return { id: templateId };
}
