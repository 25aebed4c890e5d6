// The training log: sessions, track imports and races. Zod only (no server code), so client forms validate with the
// same rules as the server.
import { z } from "zod";
import { calendarDay } from "./dates";
import { MAX_TRACK_FILE_BYTES } from "./limits";
import { RACE_DISTANCES, SESSION_TYPES } from "./values";

export { MAX_TRACK_FILE_BYTES };
export const MAX_DISTANCE_UNITS = 1000;
export const MAX_DURATION_MIN = 48 * 60;

// Not in the future either, which the server checks against the runner's own today.
const isoDate = calendarDay("Choose a date", "Choose a date");

const rpe = z
  .number("Rate the effort from 0 to 10")
  .int("Use a whole number from 0 to 10")
  .min(0, "Effort runs from 0 (rest) to 10 (all-out)")
  .max(10, "Effort runs from 0 (rest) to 10 (all-out)")
  .nullable();

/** A session as the runner typed it: distance in their own units. */
export const sessionInput = z.object({
  date: isoDate,
  type: z.enum(SESSION_TYPES, "Choose a session type"),
  durationMin: z
    .number("Enter the duration in minutes")
    .int("Use whole minutes")
    .min(1, "A session lasts at least 1 minute")
    .max(MAX_DURATION_MIN, "That's over 48 hours. Check the duration."),
  distance: z
    .number("Enter a distance, or leave it empty")
    .min(0, "Distance can't be negative")
    .max(MAX_DISTANCE_UNITS, "That's over 1000 for one session. Check the distance.")
    .nullable(),
  rpe,
  notes: z.string().max(2000, "Keep notes under 2000 characters"),
});
export type SessionInput = z.output<typeof sessionInput>;

export const sessionIdInput = z.object({ id: z.uuid("Unknown session") });
export const updateSessionInput = sessionInput.extend({ id: z.uuid("Unknown session") });

/** How the file travels: GPX and TCX as their text, FIT (binary) as base64. */
export const TRACK_ENCODINGS = ["text", "base64"] as const;
const MAX_TRACK_BASE64_CHARS = Math.ceil(MAX_TRACK_FILE_BYTES / 3) * 4;
const TOO_BIG = "That file is over 5 MB. Export a single activity and try again.";
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const importTrackInput = z
  .object({
    fileName: z.string().trim().min(1, "Choose a file").max(255, "That file name is too long"),
    // Characters, not bytes; the server re-checks bytes once decoded.
    content: z.string().min(1, "That file is empty").max(MAX_TRACK_BASE64_CHARS, TOO_BIG),
    encoding: z.enum(TRACK_ENCODINGS, "Send the file as text or base64").default("text"),
    /** The runner's choice; the file's sport decides when it is left out. */
    type: z.enum(SESSION_TYPES, "Choose a session type").optional(),
    rpe,
  })
  .superRefine((v, ctx) => {
    if (v.encoding === "text" && v.content.length > MAX_TRACK_FILE_BYTES) ctx.addIssue({ code: "custom", path: ["content"], message: TOO_BIG });
    if (v.encoding === "base64" && (v.content.length % 4 !== 0 || !BASE64.test(v.content))) {
      ctx.addIssue({ code: "custom", path: ["content"], message: "That file didn't upload properly. Choose it again." });
    }
  });
export type ImportTrackInput = z.output<typeof importTrackInput>;

export const raceInput = z.object({
  date: isoDate,
  distance: z.enum(RACE_DISTANCES, "Choose the race distance"),
  name: z.string().trim().max(120, "Keep the race name under 120 characters"),
  timeSec: z
    .number("Enter your finishing time")
    .int("Use whole seconds")
    .min(60, "A finishing time is at least a minute")
    .max(MAX_DURATION_MIN * 60, "That's over 48 hours. Check the finishing time."),
  /** Measured distance in the runner's units; the race's nominal length when absent. */
  measuredDistance: z
    .number("Enter a distance, or leave it empty")
    .min(0.1, "Distance must be more than 0")
    .max(MAX_DISTANCE_UNITS, "That's over 1000 for one race. Check the distance.")
    .nullable(),
  rpe,
  notes: z.string().max(2000, "Keep notes under 2000 characters"),
  /** The runner's choice, made on the form before saving: tell the coaches of their clubs, or nobody. */
  notifyCoaches: z.boolean("Choose whether to tell your coaches").default(true),
});
export type RaceInput = z.output<typeof raceInput>;
