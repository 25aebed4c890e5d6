import { isUuid } from "@/server/domain/keyset/cursor-parts";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { blockTemplateDays, blockTemplates } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { describeDay } from "@/server/domain/blocks/describe-day";

/** Built-ins first, then the club's own, each with its day count; 2 queries whatever the number of templates. */
export async function listTemplates(db: DbOrTx, clubId: string) {
  const rows = await db
    .select({
      id: blockTemplates.id,
      key: blockTemplates.key,
      clubId: blockTemplates.clubId,
      name: blockTemplates.name,
      description: blockTemplates.description,
      phase: blockTemplates.phase,
      updatedAt: blockTemplates.updatedAt,
    })
    .from(blockTemplates)
    .where(or(isNull(blockTemplates.clubId), eq(blockTemplates.clubId, clubId)))
    .orderBy(sql`${blockTemplates.clubId} is not null`, asc(blockTemplates.name), asc(blockTemplates.id));
  const days = rows.length
    ? await db
        .select()
        .from(blockTemplateDays)
        .where(inArray(blockTemplateDays.templateId, rows.map((r) => r.id)))
        .orderBy(asc(blockTemplateDays.templateId), asc(blockTemplateDays.dayIndex))
    : [];
  const byTemplate = new Map<string, typeof days>();
  for (const d of days) {
    const list = byTemplate.get(d.templateId) ?? [];
    list.push(d);
    byTemplate.set(d.templateId, list);
  }
  return rows.map((r) => {
    const own = (byTemplate.get(r.id) ?? []).map((d) => ({ ...d, summary: describeDay(d, "km") }));
    return { ...r, builtIn: r.clubId === null, dayCount: own.length, days: own };
  });
}

/** One template visible to this club (a built-in or the club's own), by id or built-in key; null if none. */
export async function findTemplate(db: DbOrTx, { clubId, idOrKey }: { clubId: string; idOrKey: string }) {
  const byId = isUuid(idOrKey);
  const [template] = await db
    .select()
    .from(blockTemplates)
    .where(
      and(
        or(isNull(blockTemplates.clubId), eq(blockTemplates.clubId, clubId)),
        byId ? eq(blockTemplates.id, idOrKey) : and(eq(blockTemplates.key, idOrKey), isNull(blockTemplates.clubId)),
      ),
    );
  if (!template) return null;
  const days = await db
    .select()
    .from(blockTemplateDays)
    .where(eq(blockTemplateDays.templateId, template.id))
    .orderBy(asc(blockTemplateDays.dayIndex));
  return { ...template, builtIn: template.clubId === null, days };
}
