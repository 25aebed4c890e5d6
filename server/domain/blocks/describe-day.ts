import { DAY_KIND_LABELS } from "@/contract/labels";
import type { DayKind, DistanceUnit } from "@/contract/values";
import { METRES_PER_UNIT } from "@/contract/units";

/** A day's prescription in words, e.g. "Easy run, 30 min" or "Normal training at 75%". Shared by the calendar. */
export type DayLike = { kind: DayKind; minutes: number | null; distanceM: number | null; volumePercent: number | null };

export function formatDistance(metres: number, unit: DistanceUnit): string {
  const value = metres / METRES_PER_UNIT[unit];
  return `${value.toFixed(value < 10 ? 1 : 0)} ${unit}`;
}

export function describeDay(day: DayLike, unit: DistanceUnit): string {
  const parts = [DAY_KIND_LABELS[day.kind]];
  const amounts: string[] = [];
  if (day.minutes != null) amounts.push(`${day.minutes} min`);
  if (day.distanceM != null) amounts.push(formatDistance(day.distanceM, unit));
  if (day.kind === "normal_training" && day.volumePercent != null) return `${parts[0]} at ${day.volumePercent}% of usual volume`;
  return amounts.length ? `${parts[0]}, ${amounts.join(" or ")}` : parts[0]!;
}
