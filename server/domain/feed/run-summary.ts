// What a clubmate sees of the session a check-in logged: how far, how long and how fast. Nothing else from the
// training log reaches the feed (no heart rate, effort, notes or track): DESIGN.md's privacy rule, a check-in is
// health data, and only distance and pace go with a post the runner shared.

export type RunSummary = {
  /** Whole metres, as stored; the page shows them in the viewer's unit. */
  distanceM: number | null;
  /** Moving time when a track recorded it, otherwise the logged (elapsed) duration. */
  seconds: number;
  timeKind: "moving" | "elapsed";
  /** Seconds per kilometre; null without a distance. */
  secPerKm: number | null;
};

export function runSummary(session: { distanceM: number | null; durationMin: number | null; movingSec: number | null }): RunSummary | null {
  if (session.durationMin === null) return null; // no linked session (the left join found none)
  const moving = session.movingSec !== null && session.movingSec > 0;
  const seconds = moving ? session.movingSec! : session.durationMin * 60;
  const distanceM = session.distanceM !== null && session.distanceM > 0 ? session.distanceM : null;
  return {
    distanceM,
    seconds,
    timeKind: moving ? "moving" : "elapsed",
    secPerKm: distanceM !== null && seconds > 0 ? Math.round((seconds / distanceM) * 1000) : null,
  };
}
