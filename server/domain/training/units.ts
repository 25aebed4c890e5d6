import { METRES_PER_UNIT } from "@/contract/units";
import type { DistanceUnit } from "@/contract/values";

/** A distance in the runner's units, stored as whole metres. */
export function toMetres(value: number, unit: DistanceUnit): number {
  return Math.round(value * METRES_PER_UNIT[unit]);
}

/** Metres shown in the runner's units, to two decimals. */
export function fromMetres(metres: number, unit: DistanceUnit): number {
  return Math.round((metres / METRES_PER_UNIT[unit]) * 100) / 100;
}
