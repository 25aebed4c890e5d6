import { format, parseISO } from "date-fns";
import type { DistanceUnit } from "@/contract/values";

export type Unit = DistanceUnit;
const METRES: Record<Unit, number> = { km: 1000, mi: 1609.344 };

/** An optional number field's raw value: empty means null (react-hook-form's setValueAs). */
export const blankToNull = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

export function metresTo(metres: number, unit: Unit): number {
  return Math.round((metres / METRES[unit]) * 100) / 100;
}

export function formatDistance(metres: number | null, unit: Unit): string {
  if (metres === null) return "";
  const value = metres / METRES[unit];
  return `${value >= 100 ? Math.round(value) : value.toFixed(value >= 10 ? 1 : 2)} ${unit}`;
}

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

/** "1:52:10" or "24:31" to seconds; null when it doesn't parse. */
export function parseRaceTime(text: string): number | null {
  const match = /^\s*(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const [, h, m, s] = match;
  if (Number(s) > 59 || (h !== undefined && Number(m) > 59)) return null;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
}

export function formatDay(iso: string): string {
  return format(parseISO(iso), "EEE d MMM yyyy");
}

export function formatShortDay(iso: string): string {
  return format(parseISO(iso), "d MMM");
}

/** Today as yyyy-MM-dd in the browser's zone; the server re-checks in the runner's own zone. */
export function localToday(): string {
  return format(new Date(), "yyyy-MM-dd");
}
