// Input schemas only (no server code), so client forms validate with the same rules as the server.
import { z } from "zod";
import { pageCursor } from "./page";

export const DAY_KINDS = [
  "rest", "walk", "easy_run", "cross_training", "strength", "mobility", "movement_only", "normal_training",
] as const;
export const PHASES = ["build", "maintain", "reset"] as const;
export const MAX_BLOCK_DAYS = 42;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-01").refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, "That isn't a real date");

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

export const templateFields = z.object({
  name: z.string().trim().min(1, "Give the template a name").max(80, "Keep the name under 80 characters"),
  description: z.string().trim().max(600, "Keep the description under 600 characters").default(""),
  phase: z.enum(PHASES, "Choose build, maintain or reset"),
  days: z
    .array(templateDayInput, "Add at least one day")
    .min(1, "A template needs at least one day")
    .max(MAX_BLOCK_DAYS, `A template can have at most ${MAX_BLOCK_DAYS} days`),
});

const clubId = z.uuid("Unknown club");

export const listTemplatesInput = z.object({ clubId });
export const templateByIdInput = z.object({ clubId, templateId: z.uuid("Choose a template") });
export const createTemplateInput = templateFields.extend({ clubId });
export const updateTemplateInput = templateFields.extend({ clubId, templateId: z.uuid("Choose a template") });

export const assignBlockInput = z.object({
  clubId,
  athleteIds: z
    .array(z.uuid("Unknown athlete"), "Choose at least one athlete")
    .min(1, "Choose at least one athlete")
    .max(200, "Assign to at most 200 athletes at once"),
  // A built-in key or a template id.
  template: z.string().trim().min(1, "Choose a template").max(64, "Choose a template"),
  startDate: isoDate,
  note: z.string().trim().max(1000, "Keep the note under 1000 characters").default(""),
  reason: z.string().trim().max(300, "Keep the reason under 300 characters").default(""),
  reasonCheckinId: z.uuid("Unknown check-in").nullable().optional(),
  // Required only when a chosen athlete already has an active block.
  onExisting: z.enum(["replace", "keep"], "Choose replace or keep").optional(),
});

export const clubBlockInput = z.object({ clubId, blockId: z.uuid("Unknown block") });
export const updateBlockDayInput = z.object({ clubId, dayId: z.uuid("Unknown day") }).and(templateDayInput);
export const extendBlockInput = z.object({
  clubId,
  blockId: z.uuid("Unknown block"),
  days: z.number("Days must be a number").int("Use whole days").min(1, "Extend by at least one day").max(28, "Extend by at most 28 days"),
});

export const markDayInput = z.object({
  dayId: z.uuid("Unknown day"),
  status: z.enum(["done", "partial", "skipped"], "Choose done, partly done or skipped"),
  note: z.string().trim().max(500, "Keep the note under 500 characters").default(""),
  feel: z.number().int().min(1, "Choose how it felt, 1 to 5").max(5, "Choose how it felt, 1 to 5").nullable().optional(),
});

export const blockHistoryInput = z.object({
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).default(20),
});

export const dashboardInput = z.object({
  clubId,
  cursor: pageCursor,
  limit: z.number().int().min(1).max(100).default(50),
});

export const calendarFeedInput = z.object({ token: z.string().min(10).max(200) });

export const assignableInput = z.object({
  clubId,
  search: z.string().trim().max(80, "Keep the search under 80 characters").default(""),
  ids: z.array(z.uuid()).max(200).default([]),
  limit: z.number().int().min(1).max(200).default(100),
});
