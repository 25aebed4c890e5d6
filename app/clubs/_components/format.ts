import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** A run's start, in the club's own time zone (where people will actually meet). */
export function formatRunTime(at: Date, timeZone: string): string {
  return format(new TZDate(at, timeZone), "EEE d MMM yyyy, HH:mm");
}

export function formatDay(at: Date, timeZone: string): string {
  return format(new TZDate(at, timeZone), "d MMM yyyy");
}

export function formatDistance(meters: number | null): string | null {
  if (meters === null) return null;
  const km = meters / 1000;
  return `${km.toFixed(km < 10 ? 1 : 0)} km (${(km / 1.609344).toFixed(1)} mi)`;
}
