import type { DbOrTx } from "@/db/client";
import { getTemplate } from "./get-template";

// The name field's limit in contract/templates.ts.
const MAX_NAME = 80;

/**
 * What "Copy and edit" opens the form with: the source's fields under a "(copy)" name. It writes nothing; the copy
 * exists only once the coach saves the form (templates.create), so a copy opened and abandoned leaves no row.
 */
export async function draftTemplateCopy(db: DbOrTx, { clubId, templateId }: { clubId: string; templateId: string }) {
  const source = await getTemplate(db, { clubId, idOrKey: templateId });
  return {
    name: `${source.name} (copy)`.slice(0, MAX_NAME),
    description: source.description,
    phase: source.phase,
    days: source.days,
  };
}
