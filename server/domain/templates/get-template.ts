import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { findTemplate } from "./list-templates";

/** A built-in (by key or id) or one of the club's own templates. */
export async function getTemplate(db: DbOrTx, { clubId, idOrKey }: { clubId: string; idOrKey: string }) {
  const t = await findTemplate(db, { clubId, idOrKey });
  if (!t) throw AppError.notFound("Template");
  return t;
}
