// Block templates and the days they prescribe. Zod only (no server code), so the template form validates with the
// same rules as the server.
import { z } from "zod";
import { MAX_BLOCK_DAYS } from "./limits";
import { DAY_KINDS, PHASES } from "./values";

export { MAX_BLOCK_DAYS };

const optionalCount = (max: number, what: string) =>
  z
    .number(`${what} must be a number`)
    .int(`${what} must be a whole number`)
    .min(0, `${what} can't be negative`)
    .max(max, `${what} can be at most ${max}`)
    .nullable()
    .optional();

export const templateDayInput = z
  .object({
    kind: z.enum(DAY_KINDS, "Choose what kind of day this is"),
    minutes: optionalCount(600, "Minutes"),
    distanceM: optionalCount(200_000, "Distance"),
    volumePercent: optionalCount(150, "Volume percent"),
    notes: z.string().trim().max(300, "Keep notes under 300 characters").default(""),
  })
  .superRefine((d, ctx) => {
    if (d.kind === "normal_training" && d.volumePercent == null) {
      ctx.addIssue({ code: "custom", path: ["volumePercent"], message: "Give normal training a percent of usual volume" });
    }
    if ((d.kind === "walk" || d.kind === "easy_run" || d.kind === "cross_training") && d.minutes == null && d.distanceM == null) {
      ctx.addIssue({ code: "custom", path: ["minutes"], message: "Give this day minutes or a distance" });
    }
  });
export type TemplateDayInput = z.output<typeof templateDayInput>;

export const templateFields = z.object({
  name: z.string().trim().min(1, "Give the template a name").max(80, "Keep the name under 80 characters"),
  description: z.string().trim().max(600, "Keep the description under 600 characters").default(""),
  phase: z.enum(PHASES, "Choose build, maintain or reset"),
  days: z
    .array(templateDayInput, "Add at least one day")
    .min(1, "A template needs at least one day")
    .max(MAX_BLOCK_DAYS, `A template can have at most ${MAX_BLOCK_DAYS} days`),
});
export type TemplateFields = z.output<typeof templateFields>;

const clubId = z.uuid("Unknown club");

export const listTemplatesInput = z.object({ clubId });
export const templateByIdInput = z.object({ clubId, templateId: z.uuid("Choose a template") });
export const createTemplateInput = templateFields.extend({ clubId });
export const updateTemplateInput = templateFields.extend({ clubId, templateId: z.uuid("Choose a template") });
