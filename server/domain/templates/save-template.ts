import { and, eq } from "drizzle-orm";
import type { TemplateFields } from "@/contract/templates";
import { blockTemplateDays, blockTemplates } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { dayRows, type TemplateDaySpec } from "./built-in-templates";

function checkDays(days: TemplateDaySpec[]) {
  // The router validates too; this keeps the rule true for every caller of the domain.
  if (days.length === 0) throw AppError.field("days", "A template needs at least one day");
  days.forEach((d, i) => {
    for (const f of ["minutes", "distanceM", "volumePercent"] as const) {
      const v = d[f];
      if (v != null && (!Number.isInteger(v) || v < 0)) throw AppError.field(`days.${i}.${f}`, "Volumes can't be negative");
    }
  });
}

export async function createTemplate(db: DbOrTx, { clubId, userId, input }: { clubId: string; userId: string; input: TemplateFields }) {
  checkDays(input.days);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(blockTemplates)
      .values({ clubId, createdById: userId, name: input.name, description: input.description, phase: input.phase })
      .returning();
    await tx.insert(blockTemplateDays).values(dayRows(row!.id, input.days));
    return row!;
  });
}

/** Only a club's own templates can be edited; built-ins are copied first. */
export async function updateTemplate(db: DbOrTx, { clubId, templateId, input }: { clubId: string; templateId: string; input: TemplateFields }) {
  checkDays(input.days);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(blockTemplates)
      .set({ name: input.name, description: input.description, phase: input.phase, updatedAt: new Date() })
      .where(and(eq(blockTemplates.id, templateId), eq(blockTemplates.clubId, clubId)))
      .returning();
    if (!row) throw AppError.notFound("Template");
    await tx.delete(blockTemplateDays).where(eq(blockTemplateDays.templateId, templateId));
    await tx.insert(blockTemplateDays).values(dayRows(templateId, input.days));
    return row;
  });
}
