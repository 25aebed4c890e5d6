import type { SessionSplit } from "@/db/schema";
import type { SessionType } from "@/contract/values";

/**
 * One activity read from a watch or app export (GPX, TCX or FIT), whatever the format. Per-point samples are not
 * kept: splits are cut while parsing, in the runner's unit, so a whole archive imports in bounded memory.
 */
export type ParsedActivity = {
  format: "gpx" | "tcx" | "fit";
  /** The session type the file's sport maps to, or null when the file doesn't say. */
  sport: SessionType | null;
  /** The start as an instant; the caller turns it into the runner's calendar day. */
  startedAt: Date;
  /** Elapsed time, start to finish. */
  durationSec: number;
  /** Time spent moving (pauses and standing still left out), when the track allows it to be told. */
  movingSec: number | null;
  distanceM: number;
  avgHr: number | null;
  maxHr: number | null;
  elevationGainM: number | null;
  splits: SessionSplit[];
  points: number;
};
