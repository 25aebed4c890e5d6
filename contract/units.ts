import type { DistanceUnit } from "./values";

/** Metres in one of each distance unit: distances are stored in whole metres and shown in the runner's unit. */
export const METRES_PER_UNIT: Record<DistanceUnit, number> = { km: 1000, mi: 1609.344 };
