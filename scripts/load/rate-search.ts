// The search for the highest arrival rate that meets the latency target: ramp up by a fixed step until a step fails,
// then bisect between the highest pass below it and the lowest failure, to a given resolution.

export type StepOutcome = { rate: number; p95: number; errors: number; lostWrites?: number };
export type SearchPlan = { start: number; step: number; max: number; resolution: number; targetP95Ms: number };

export function passes(outcome: StepOutcome, targetP95Ms: number): boolean {
  return outcome.errors === 0 && (outcome.lostWrites ?? 0) === 0 && outcome.p95 <= targetP95Ms;
}

/** The lowest failing rate, and the highest passing rate below it (0 when none passed). */
function bracket(history: StepOutcome[], targetP95Ms: number): { lo: number; hi: number | null } {
  const failing = history.filter((o) => !passes(o, targetP95Ms)).map((o) => o.rate);
  const hi = failing.length ? Math.min(...failing) : null;
  const passing = history.filter((o) => passes(o, targetP95Ms) && (hi === null || o.rate < hi)).map((o) => o.rate);
  return { lo: passing.length ? Math.max(...passing) : 0, hi };
}

/** The next rate to try, or null when the search is done. */
export function nextRate(history: StepOutcome[], plan: SearchPlan): number | null {
  if (history.length === 0) return plan.start;
  const { lo, hi } = bracket(history, plan.targetP95Ms);
  if (hi === null) {
    const last = Math.max(...history.map((o) => o.rate));
    return last >= plan.max ? null : Math.min(plan.max, last + plan.step);
  }
  if (hi - lo <= plan.resolution) return null;
  const mid = Math.round((lo + hi) / 2);
  return mid <= lo || mid >= hi ? null : mid;
}

/**
 * The answer: the highest passing rate below every failure. A pass above a failure is noise on a shared machine and
 * is not counted. Null when nothing passed.
 */
export function highestPassingRate(history: StepOutcome[], targetP95Ms: number): number | null {
  const { lo } = bracket(history, targetP95Ms);
  return lo > 0 && history.some((o) => o.rate === lo && passes(o, targetP95Ms)) ? lo : null;
}
