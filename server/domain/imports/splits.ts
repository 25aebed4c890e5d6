import { METRES_PER_UNIT } from "@/contract/units";
import type { DistanceUnit } from "@/contract/values";
import type { SessionSplit } from "@/db/schema";

/**
 * A tail shorter than this is the watch stopped a few steps late, not a split of its own: it joins the split before,
 * so the splits still add up to the whole distance without a last "split" at an absurd pace.
 */
export const MIN_TAIL_SPLIT_M = 50;

type Open = { distanceM: number; seconds: number; hrSum: number; hrCount: number; gainM: number };
const empty = (): Open => ({ distanceM: 0, seconds: 0, hrSum: 0, hrCount: 0, gainM: 0 });

/**
 * Cuts a track into whole kilometres or miles (the runner's unit) as it is read, stretch by stretch, so no per-point
 * samples are kept. A stretch that crosses a boundary is shared between the two splits in proportion to its distance.
 */
export class SplitCutter {
  private readonly unitM: number;
  private readonly done: SessionSplit[] = [];
  private open: Open = empty();
  private sawElevation = false;

  constructor(unit: DistanceUnit) {
    this.unitM = METRES_PER_UNIT[unit];
  }

  /** One stretch of track: its distance, the moving seconds it took, the heart rate at its end, the climb in it. */
  add(stretch: { distanceM: number; seconds: number; hr: number | null; gainM: number | null }) {
    let { distanceM, seconds, gainM } = stretch;
    if (gainM !== null) this.sawElevation = true;
    if (stretch.hr !== null) {
      this.open.hrSum += stretch.hr;
      this.open.hrCount += 1;
    }
    while (distanceM > 0 && this.open.distanceM + distanceM >= this.unitM) {
      const share = (this.unitM - this.open.distanceM) / distanceM;
      this.open.distanceM = this.unitM;
      this.open.seconds += seconds * share;
      this.open.gainM += (gainM ?? 0) * share;
      this.close();
      distanceM -= distanceM * share;
      seconds -= seconds * share;
      gainM = gainM === null ? null : gainM - gainM * share;
    }
    this.open.distanceM += distanceM;
    this.open.seconds += seconds;
    this.open.gainM += gainM ?? 0;
  }

  /** Splits given whole by the file (a FIT watch's auto-laps), already in the runner's unit. */
  addWhole(split: SessionSplit) {
    this.done.push(split);
  }

  finish(): SessionSplit[] {
    const tail = this.open;
    if (tail.distanceM >= MIN_TAIL_SPLIT_M || (this.done.length === 0 && tail.distanceM > 0)) this.close();
    else if (tail.distanceM > 0 && this.done.length > 0) {
      const last = this.done[this.done.length - 1]!;
      last.distanceM = Math.round(last.distanceM + tail.distanceM);
      last.seconds = Math.round(last.seconds + tail.seconds);
    }
    this.open = empty();
    return this.done;
  }

  private close() {
    const o = this.open;
    this.done.push({
      distanceM: Math.round(o.distanceM),
      seconds: Math.round(o.seconds),
      avgHr: o.hrCount > 0 ? Math.round(o.hrSum / o.hrCount) : null,
      elevationGainM: this.sawElevation ? Math.round(o.gainM) : null,
    });
    this.open = empty();
  }
}
