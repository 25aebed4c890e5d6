/**
 * The down-week rule: after three building weeks in a row (each week's distance above the one
 * before it, as in 15, 18, 23), suggest cutting next week by 20-30% of the last week.
 */
export type DownWeekSuggestion = {
  /** The three rising weeks the suggestion is based on, oldest first. */
  basedOn: [number, number, number];
  /** 30% lower than the last week. */
  low: number;
  /** 20% lower than the last week. */
  high: number;
};

/** Whole units for ordinary volumes; one decimal when the week is small enough that rounding would blur the range. */
function roundTarget(value: number): number {
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}

/**
 * @param completedWeeks weekly distances of completed weeks, oldest first, in the runner's units.
 */
export function suggestDownWeek(completedWeeks: readonly number[]): DownWeekSuggestion | null {
  if (completedWeeks.length < 3) return null;
  const [a, b, c] = completedWeeks.slice(-3) as [number, number, number];
  if (!(a > 0 && b > a && c > b)) return null;
  return { basedOn: [a, b, c], low: roundTarget(c * 0.7), high: roundTarget(c * 0.8) };
}
