import { METRES_PER_UNIT } from "@/contract/units";
import type { DistanceUnit } from "@/contract/values";

/** Seconds per km or mile: moving time over distance, so a stop at a light doesn't slow the pace. Null without both. */
export function paceSeconds(distanceM: number | null, seconds: number | null, unit: DistanceUnit): number | null {
  if (distanceM === null || seconds === null || distanceM <= 0 || seconds <= 0) return null;
  return seconds / (distanceM / METRES_PER_UNIT[unit]);
}

/** A pace as "5:12 /km"; empty when it can't be told. */
export function formatPace(secondsPerUnit: number | null, unit: DistanceUnit): string {
  if (secondsPerUnit === null || !Number.isFinite(secondsPerUnit)) return "";
  const total = Math.round(secondsPerUnit);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")} /${unit}`;
}

/** Seconds as "25:03" or "1:02:09". */
export function formatClock(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h ? `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}` : `${m}:${String(s).padStart(2, "0")}`;
}
