import { TZDate } from "@date-fns/tz";

/** "2026-05-02T08:30" read as a wall-clock time in the club's time zone, as an instant. Null if it isn't a real time. */
export function parseClubLocalTime(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const date = new TZDate(y, mo - 1, d, h, mi, 0, timeZone);
  // Rejects 31 April and the like, which Date would quietly roll over.
  if (date.getDate() !== d || date.getMonth() !== mo - 1) return null;
  return new Date(date.getTime());
}
