// Recovery blocks: assigning them, a coach's changes to one, and an athlete marking its days. Zod only (no server
// code), so client forms validate with the same rules as the server.
import { z } from "zod";
import { calendarDay } from "./dates";
import { pageInput } from "./paging";
import { templateDayInput } from "./templates";
import { blockMessage } from "./threads";
import { MARKED_DAY_STATUSES, ON_EXISTING_BLOCK } from "./values";

const isoDate = calendarDay("Choose a start date");

const clubId = z.uuid("Unknown club");

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
  // A word to the athlete, posted in the thread of the check-in that prompted it (server/domain/threads).
  message: blockMessage.optional(),
  // Required only when a chosen athlete already has an active block.
  onExisting: z.enum(ON_EXISTING_BLOCK, "Choose replace or keep").optional(),
});
/** An assignment, without the club it is made in. */
export type AssignBlockFields = Omit<z.output<typeof assignBlockInput>, "clubId">;

/** The suggestions a runner can start themselves: the built-in templates, by key. */
export const SELF_START_TEMPLATES = ["post-marathon", "post-half", "post-10k-5k", "down-week", "slump-reset"] as const;
export type SelfStartTemplate = (typeof SELF_START_TEMPLATES)[number];

/** A runner starts a suggested reset on themselves. Replacing is only ever their own self-started block. */
export const startOwnBlockInput = z.object({
  template: z.enum(SELF_START_TEMPLATES, "Choose one of the suggested resets"),
  startDate: isoDate,
  reason: z.string().trim().max(300, "Keep the reason under 300 characters").default(""),
  replaceOwn: z.boolean("Choose whether to replace your current block").default(false),
});
export type StartOwnBlockInput = z.output<typeof startOwnBlockInput>;

export const clubBlockInput = z.object({ clubId, blockId: z.uuid("Unknown block") });
export const updateBlockDayInput = z.object({ clubId, dayId: z.uuid("Unknown day") }).and(templateDayInput);
export const extendBlockInput = z.object({
  clubId,
  blockId: z.uuid("Unknown block"),
  days: z.number("Days must be a number").int("Use whole days").min(1, "Extend by at least one day").max(28, "Extend by at most 28 days"),
  message: blockMessage.optional(),
});
/** Ending a block early or cancelling it, with an optional word in the thread of the check-in behind it. */
export const stopBlockInput = clubBlockInput.extend({ message: blockMessage.optional() });

export const markDayInput = z.object({
  dayId: z.uuid("Unknown day"),
  status: z.enum(MARKED_DAY_STATUSES, "Choose done, partly done or skipped"),
  note: z.string().trim().max(500, "Keep the note under 500 characters").default(""),
  feel: z.number().int().min(1, "Choose how it felt, 1 to 5").max(5, "Choose how it felt, 1 to 5").nullable().optional(),
});
export type MarkDayInput = z.output<typeof markDayInput>;

export const blockHistoryInput = pageInput;

export const assignableInput = z.object({
  clubId,
  search: z.string().trim().max(80, "Keep the search under 80 characters").default(""),
  ids: z.array(z.uuid()).max(200).default([]),
  limit: z.number().int().min(1).max(200).default(100),
});
