import { runSamples, type RunShape } from "./samples";

export { runSamples, type Sample } from "./samples";
export { toFit } from "./fit-tracks";
export { toGpx, toTcx } from "./xml-tracks";

/**
 * The tests' usual run: 5 km at 5:00/km, sampled every 5 s, standing 2 minutes at a light after 10 minutes, heart
 * rate climbing 1 bpm every 100 s from 140, and a 20 m hill between 2 and 3 km.
 */
export const FIVE_K: RunShape = {
  distanceM: 5000,
  secPerKm: 300,
  pause: { atSec: 600, forSec: 120 },
  hr: (sec) => 140 + Math.floor(sec / 100),
  ele: (d) => (d < 2000 ? 10 : d < 2500 ? 10 + (d - 2000) / 25 : d < 3000 ? 30 - (d - 2500) / 25 : 10),
};

export const fiveK = (over: Partial<RunShape> = {}) => runSamples({ ...FIVE_K, ...over });

export const bytes = (text: string) => new TextEncoder().encode(text);
