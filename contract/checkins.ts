// The daily check-in. Zod only (no server code), so the check-in form validates with the same rules as the server.
import { z } from "zod";
import { calendarDay } from "./dates";
import { NOTE_MAX } from "./limits";
import { EASY_HEART_RATES, LEGS_FEELS, SESSION_TYPES, VISIBILITIES, WARMUP_FEELS } from "./values";

export { NOTE_MAX };

const scale = (what: string) =>
  z.number(`Choose how your ${what} is`).int(`Choose how your ${what} is`).min(1, `Choose a ${what} from the scale (1-7)`).max(7, `Choose a ${what} from the scale (1-7)`);

export const checkinSessionInput = z.object({
  type: z.enum(SESSION_TYPES, "Choose the kind of session"),
  durationMin: z.number("Enter the minutes").int("Whole minutes, please").min(1, "At least 1 minute").max(1440, "At most 24 hours"),
  /** In the runner's own units (km or mi). */
  distance: z.number("Enter a distance").min(0, "Distance can't be negative").max(500, "That distance is too long").nullable().optional(),
  rpe: z.number("Rate the effort 0-10").int("Rate the effort 0-10").min(0, "Rate the effort 0-10").max(10, "Rate the effort 0-10").nullable().optional(),
});

export const checkinInput = z
  .object({
    date: calendarDay("Enter a date as YYYY-MM-DD", "Enter a date as YYYY-MM-DD"),
    mood: scale("mood"),
    energy: scale("energy"),
    sleepQuality: scale("sleep"),
    soreness: scale("soreness"),
    stress: scale("stress"),
    motivation: scale("motivation"),
    legs: z.enum(LEGS_FEELS, "Choose how your legs feel"),
    easyEffortHarder: z.boolean("Say whether easy effort felt harder"),
    easyHeartRate: z.enum(EASY_HEART_RATES, "Choose lower, normal or higher"),
    restingHr: z.number("Enter beats per minute").int("Whole beats per minute").min(25, "Resting heart rate is at least 25").max(220, "Resting heart rate is at most 220").nullable().optional(),
    warmupFeel: z.enum(WARMUP_FEELS, "Choose how the first minutes felt").nullable().optional(),
    session: checkinSessionInput.nullable().optional(),
    note: z.string().trim().max(NOTE_MAX, `Keep your update under ${NOTE_MAX} characters`).default(""),
    visibility: z.enum(VISIBILITIES, "Choose who sees this"),
    clubIds: z.array(z.uuid("Unknown club")).max(50, "Too many clubs").default([]),
  })
  .superRefine((v, ctx) => {
    if (v.visibility === "clubs" && v.clubIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["clubIds"], message: "Pick at least one club to share with" });
    }
  });

/** What a client sends (defaults may be left out). */
export type CheckinInput = z.input<typeof checkinInput>;
/** What the server saves, once parsed. */
export type SaveCheckinInput = z.output<typeof checkinInput>;

export const checkinIdInput = z.object({ id: z.uuid("Unknown check-in") });
export const checkinDateInput = z.object({ date: calendarDay("Enter a date as YYYY-MM-DD", "Enter a date as YYYY-MM-DD").optional() });
