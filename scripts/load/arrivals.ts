// When each request of an open-loop run is due: offsets in ms from the start, fixed before the run begins, so a slow
// answer never delays the next arrival (waiting for answers would hide the queueing the test exists to measure).

export type ArrivalKind = "poisson" | "even";

/** A small seeded generator (mulberry32), so a Poisson schedule is the same on every run and every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Arrival offsets for `ratePerSecond` over `seconds`. "even": one every 1000/rate ms. "poisson": exponential gaps with
 * mean 1000/rate ms, as independent users produce, which bunches arrivals and so tests queueing harder.
 */
export function arrivalOffsets(ratePerSecond: number, seconds: number, kind: ArrivalKind = "poisson", seed = 1): number[] {
  if (!(ratePerSecond > 0) || !(seconds > 0)) throw new Error("rate and duration must be positive");
  const durationMs = seconds * 1000;
  const meanGap = 1000 / ratePerSecond;
  const offsets: number[] = [];
  if (kind === "even") {
    for (let t = 0; t < durationMs; t += meanGap) offsets.push(t);
    return offsets;
  }
  const random = seededRandom(seed);
  // 1 - random() is in (0, 1], so the log is finite.
  for (let t = -Math.log(1 - random()) * meanGap; t < durationMs; t += -Math.log(1 - random()) * meanGap) offsets.push(t);
  return offsets;
}
