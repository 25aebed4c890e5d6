import { METRES_PER_UNIT } from "@/contract/units";
import type { DistanceUnit } from "@/contract/values";

// The app's one home for showing days, times, distances and durations. Built on Intl with fixed English words rather
// than a date library: client components use it too, and date-fns with its zone add-on cost every such page ~8 KB.

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

type Day = { year: number; month: number; day: number };

/** "Tue 8 Dec", or "Tue 8 Dec 2026" with its year. */
function dayWords({ year, month, day }: Day, withYear: boolean): string {
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${day} ${MONTHS[month - 1]}${withYear ? ` ${year}` : ""}`;
}

function calendarDay(date: string): Day {
  const [year, month, day] = date.split("-").map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant's wall-clock day and time in a zone (the viewer's own when none is given). */
function wallClock(at: Date, timeZone?: string): Day & { hour: number; minute: number } {
  const key = timeZone ?? "";
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" });
    formatters.set(key, formatter);
  }
  const parts = formatter.formatToParts(at);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: value("year"), month: value("month"), day: value("day"), hour: value("hour") % 24, minute: value("minute") };
}

// Calendar days (yyyy-MM-dd) are shown as that day, whatever the viewer's zone.

/** A calendar day as "Mon 2 Mar". */
export function formatDay(date: string): string {
  return dayWords(calendarDay(date), false);
}

/** A calendar day as "Mon 2 Mar 2026", for logs that span years. */
export function formatDayWithYear(date: string): string {
  return dayWords(calendarDay(date), true);
}

/** A calendar day as "2 Mar", for chart axes and compact rows. */
export function formatShortDay(date: string): string {
  const { month, day } = calendarDay(date);
  return `${day} ${MONTHS[month - 1]}`;
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
  return dayWords(wallClock(new Date(at), timeZone), false);
}

/** An instant's day with its year, e.g. "Tue 8 Dec 2026", for lists that span years. */
export function formatDateWithYear(at: Date | string, timeZone?: string): string {
  return dayWords(wallClock(new Date(at), timeZone), true);
}

/** Today as yyyy-MM-dd in the browser's zone; the server re-checks in the runner's own zone. */
export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Today as yyyy-MM-dd in a named zone, on the clock given (the server's, by default): a day the server and the
 * browser agree on, so a page rendered on the server hydrates with the same "Today". UTC if the zone is unknown.
 */
export function todayInZone(timeZone: string, now = new Date()): string {
  let clock: Day;
  try {
    clock = wallClock(now, timeZone);
  } catch {
    clock = wallClock(now, "UTC");
  }
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** An instant in a club's own time zone (where people will actually meet), e.g. "Sat 7 Mar 2026, 08:30". */
export function formatRunTime(at: Date, timeZone: string): string {
  const clock = wallClock(at, timeZone);
  return `${dayWords(clock, true)}, ${pad(clock.hour)}:${pad(clock.minute)}`;
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
