import type { DistanceUnit } from "@/contract/values";
import type { SessionSplit } from "@/db/schema";
import { SplitCutter } from "./splits";

/**
 * Below this speed (1.8 km/h, a slow shuffle is about 6) the runner is standing: at a light, or the watch's GPS
 * drifting in place. Those stretches count towards elapsed time, not moving time.
 */
export const MOVING_MIN_SPEED_MPS = 0.5;
/**
 * GPS altitude wanders by a few metres even standing still. A climb counts only once the track has risen this far
 * above its last low point, so noise on the flat doesn't add up to a hill.
 */
export const ELEVATION_HYSTERESIS_M = 5;
/** Heart rates outside this range are a sensor dropping out or glitching, not a heartbeat. */
const HR_MIN = 25;
const HR_MAX = 250;

export type TrackPoint = { atMs: number | null; stepM: number; hr: number | null; ele: number | null };

export type TrackFigures = {
  movingSec: number | null;
  avgHr: number | null;
  maxHr: number | null;
  elevationGainM: number | null;
  splits: SessionSplit[];
};

/**
 * Moving time, heart rate, elevation gain and splits, read point by point in one pass. Each point carries the
 * distance from the point before it in the same segment (0 for a segment's first point); a new segment (a watch
 * pause) starts with `startSegment()`, so the time between segments is neither moving nor in a split.
 */
export class TrackSummary {
  private readonly cutter: SplitCutter;
  private prev: { atMs: number | null } | null = null;
  private movingMs = 0;
  private timed = false;
  private hrSum = 0;
  private hrCount = 0;
  private hrMax = 0;
  private eleRef: number | null = null;
  private gain = 0;
  private sawElevation = false;

  constructor(unit: DistanceUnit) {
    this.cutter = new SplitCutter(unit);
  }

  startSegment() {
    this.prev = null;
  }

  add(point: TrackPoint) {
    const hr = point.hr !== null && point.hr >= HR_MIN && point.hr <= HR_MAX ? point.hr : null;
    if (hr !== null) {
      this.hrSum += hr;
      this.hrCount += 1;
      if (hr > this.hrMax) this.hrMax = hr;
    }
    const gainM = this.climb(point.ele);
    let seconds = 0;
    if (this.prev && this.prev.atMs !== null && point.atMs !== null) {
      this.timed = true;
      const dt = (point.atMs - this.prev.atMs) / 1000;
      if (dt > 0 && point.stepM / dt >= MOVING_MIN_SPEED_MPS) seconds = dt;
    }
    this.movingMs += seconds * 1000;
    if (this.prev) this.cutter.add({ distanceM: point.stepM, seconds, hr, gainM });
    this.prev = { atMs: point.atMs };
  }

  /** Whole splits from the file (FIT auto-laps), used instead of cutting them from the points. */
  addWholeSplit(split: SessionSplit) {
    this.cutter.addWhole(split);
  }

  finish(): TrackFigures {
    return {
      movingSec: this.timed ? Math.round(this.movingMs / 1000) : null,
      avgHr: this.hrCount > 0 ? Math.round(this.hrSum / this.hrCount) : null,
      maxHr: this.hrCount > 0 ? this.hrMax : null,
      elevationGainM: this.sawElevation ? Math.round(this.gain) : null,
      splits: this.cutter.finish(),
    };
  }

  /** The climb confirmed at this point (up by the threshold from the low point), or null without altitude. */
  private climb(ele: number | null): number | null {
    if (ele === null || !Number.isFinite(ele)) return null;
    this.sawElevation = true;
    if (this.eleRef === null) {
      this.eleRef = ele;
      return 0;
    }
    const rise = ele - this.eleRef;
    if (rise >= ELEVATION_HYSTERESIS_M) {
      this.gain += rise;
      this.eleRef = ele;
      return rise;
    }
    // The next climb is measured from the lowest point since the last one counted.
    if (rise < 0) this.eleRef = ele;
    return 0;
  }
}
