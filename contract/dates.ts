// The one rule for calendar days, wherever they come from: form fields, page cursors and the times in track files.
// A day is a real one (no 30 February, no year 0, nothing BC) from 1900-01-01 up to a horizon a year past today, and
// days are compared as parsed instants, never as strings ("10000-01-01" sorts before "2026-…" as text). Zod only.
import { z } from "zod";

export const EARLIEST_DAY = "1900-01-01";
/** How far ahead any day may be: a year, plus a day so every time zone's "today + 1 year" fits. */
export const HORIZON_DAYS = 367;

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const EARLIEST_MS = Date.UTC(1900, 0, 1);

/** Midnight UTC of a "YYYY-MM-DD" that names a real day (year 1 on), or null. */
export function dayToUtc(day: string): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  // setUTCFullYear, because Date.UTC reads years 0-99 as 1900-1999.
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  const ok = y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  return ok ? t.getTime() : null;
}

/** The last instant any day or time may fall on, counted from `now`. */
export function horizonMs(now = new Date()): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + (HORIZON_DAYS + 1) * DAY_MS - 1;
}

export type DateProblem = "format" | "unreal" | "early" | "late";

/** What is wrong with a day under the shared rule, or null when it is fine. */
export function dayProblem(day: string, now = new Date()): DateProblem | null {
  if (!DAY.test(day)) return "format";
  const ms = dayToUtc(day);
  if (ms === null) return "unreal";
  return instantProblem(ms, now);
}

/** The same range for an instant (a track point's time): from 1900 up to the horizon. */
export function instantProblem(ms: number, now = new Date()): "early" | "late" | null {
  if (ms < EARLIEST_MS) return "early";
  if (ms > horizonMs(now)) return "late";
  return null;
}

export function isAllowedDay(day: string, now = new Date()): boolean {
  return dayProblem(day, now) === null;
}

/** Days compared as days: negative when a is earlier, 0 on the same day. Both must be real days. */
export function compareDays(a: string, b: string): number {
  return (dayToUtc(a) ?? Number.NaN) - (dayToUtc(b) ?? Number.NaN);
}

export const DATE_MESSAGES: Record<DateProblem, string> = {
  format: "Use a date like 2026-03-01",
  unreal: "That isn't a real date",
  early: "Enter a date from 1900 on",
  late: "Enter a date no more than a year from today",
};

/**
 * A "YYYY-MM-DD" field under the shared rule, with the field's own messages for a missing value and a wrong shape.
 * Each field keeps its own "not in the future" rule on top (the server knows the runner's today).
 */
export function calendarDay(required = "Choose a date", format = DATE_MESSAGES.format) {
  return z.string(required).superRefine((day, ctx) => {
    const problem = dayProblem(day);
    if (problem) ctx.addIssue({ code: "custom", message: problem === "format" ? format : DATE_MESSAGES[problem] });
  });
}
