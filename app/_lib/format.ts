import { TZDate } from "@date-fns/tz";
import { format, parseISO } from "date-fns";
import { METRES_PER_UNIT } from "@/contract/units";
import type { DistanceUnit } from "@/contract/values";

// The app's one home for showing days, times, distances and durations.

// Calendar days (yyyy-MM-dd) are shown as that day, whatever the viewer's zone.

/** A calendar day as "Mon 2 Mar". */
export function formatDay(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
}

/** A calendar day as "Mon 2 Mar 2026", for logs that span years. */
export function formatDayWithYear(date: string): string {
  return format(parseISO(date), "EEE d MMM yyyy");
}

/** A calendar day as "2 Mar", for chart axes and compact rows. */
export function formatShortDay(date: string): string {
  return format(parseISO(date), "d MMM");
}

/** A recent calendar day as "Today" or "Yesterday", otherwise as formatDay: for the feed, read day by day. */
export function formatRecentDay(date: string, today: string): string {
  if (date === today) return "Today";
  const yesterday = new Date(`${today}T12:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  return date === yesterday.toISOString().slice(0, 10) ? "Yesterday" : formatDay(date);
}

// Instants (a Date) are shown as their day in the viewer's zone, or in the zone given, in the same words as days.

/** An instant's day, e.g. "Tue 8 Dec" (an invite's expiry, a message's day). */
export function formatDate(at: Date | string, timeZone?: string): string {
  const when = new Date(at);
  return format(timeZone ? new TZDate(when, timeZone) : when, "EEE d MMM");
}

/** An instant's day with its year, e.g. "Tue 8 Dec 2026", for lists that span years. */
export function formatDateWithYear(at: Date | string, timeZone?: string): string {
  const when = new Date(at);
  return format(timeZone ? new TZDate(when, timeZone) : when, "EEE d MMM yyyy");
}

/** Today as yyyy-MM-dd in the browser's zone; the server re-checks in the runner's own zone. */
export function localToday(): string {
  return format(new Date(), "yyyy-MM-dd");
}

/** An instant in a club's own time zone (where people will actually meet), e.g. "Sat 7 Mar 2026, 08:30". */
export function formatRunTime(at: Date, timeZone: string): string {
  return format(new TZDate(at, timeZone), "EEE d MMM yyyy, HH:mm");
}

/** Metres in the runner's unit, to two decimals (a form's starting value). */
export function metresTo(metres: number, unit: DistanceUnit): number {
  return Math.round((metres / METRES_PER_UNIT[unit]) * 100) / 100;
}

/** A logged distance in the runner's unit, e.g. "5.00 km"; empty when there is none. */
export function formatDistance(metres: number | null, unit: DistanceUnit): string {
  if (metres === null) return "";
  const value = metres / METRES_PER_UNIT[unit];
  return `${value >= 100 ? Math.round(value) : value.toFixed(value >= 10 ? 1 : 2)} ${unit}`;
}

/** A group run's distance in both units, e.g. "8.0 km (5.0 mi)", since a club's runners use either. */
export function formatRunDistance(metres: number | null): string | null {
  if (metres === null) return null;
  const km = metres / METRES_PER_UNIT.km;
  return `${km.toFixed(km < 10 ? 1 : 0)} km (${(metres / METRES_PER_UNIT.mi).toFixed(1)} mi)`;
}

/** Minutes as "45 min" or "1 h 05 min". */
export function formatMinutes(min: number): string {
  const h = Math.floor(min / 60);
  const m = min % 60;
  return h ? `${h} h ${m.toString().padStart(2, "0")} min` : `${m} min`;
}

/** A finishing time as h:mm:ss (or m:ss under an hour). */
export function formatRaceTime(totalSec: number): string {
  const h = Math.floor(totalSec / 3600);
  const m = Math.floor((totalSec % 3600) / 60);
  const s = totalSec % 60;
  const mm = h ? m.toString().padStart(2, "0") : String(m);
  return `${h ? `${h}:` : ""}${mm}:${s.toString().padStart(2, "0")}`;
}

/** "1:52:10" or "24:31" to seconds (formatRaceTime's inverse, for the race form); null when it doesn't parse. */
export function parseRaceTime(text: string): number | null {
  const match = /^\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const [, h, m, s] = match;
  if (Number(s) > 59 || (h !== undefined && Number(m) > 59)) return null;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
}

/** "Sam’s", "Riverside Runners’": one rule for every name the app writes as a possessive. */
export { possessive } from "@/contract/possessive";
