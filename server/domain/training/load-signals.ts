import { addDays } from "./dates";

export type LoadSignals = {
  acuteLoad: number;
  chronicLoad: number;
  /** 7-day load against the 28-day weekly average; null until there are four weeks to compare with. */
  loadRatio: number | null;
  /** Whether the last two weeks looked alike: see computeLoadSignals. */
  consistency: "stable" | "inconsistent" | "unknown";
};

/** Above this the acute-to-chronic ratio is worth a flag (never a verdict). */
export const LOAD_RATIO_FLAG = 1.5;

/**
 * Acute-to-chronic load ratio and whether recent training was stable, from logged sessions.
 * Stable: the last two weeks each had sessions on at least two days and their loads differ by under 50%.
 */
export function computeLoadSignals(sessions: readonly { date: string; load: number | null }[], today: string): LoadSignals {
  const sumBetween = (fromDaysAgo: number, toDaysAgo: number) => {
    const from = addDays(today, -fromDaysAgo);
    const to = addDays(today, -toDaysAgo);
    return sessions.filter((s) => s.date > from && s.date <= to).reduce((n, s) => n + (s.load ?? 0), 0);
  };
  const daysBetween = (fromDaysAgo: number, toDaysAgo: number) => {
    const from = addDays(today, -fromDaysAgo);
    const to = addDays(today, -toDaysAgo);
    return new Set(sessions.filter((s) => s.date > from && s.date <= to).map((s) => s.date)).size;
  };
  const acuteLoad = sumBetween(7, 0);
  const chronicLoad = sumBetween(28, 0);
  const oldest = sessions.reduce<string | null>((min, s) => (min === null || s.date < min ? s.date : min), null);
  const hasFourWeeks = oldest !== null && oldest <= addDays(today, -21);
  const loadRatio = hasFourWeeks && chronicLoad > 0 ? Math.round((acuteLoad / (chronicLoad / 4)) * 100) / 100 : null;

  const lastWeek = sumBetween(7, 0);
  const weekBefore = sumBetween(14, 7);
  let consistency: LoadSignals["consistency"] = "unknown";
  if (sessions.some((s) => s.date > addDays(today, -14))) {
    const bothActive = daysBetween(7, 0) >= 2 && daysBetween(14, 7) >= 2;
    const bigger = Math.max(lastWeek, weekBefore);
    const steady = bigger === 0 || Math.abs(lastWeek - weekBefore) / bigger < 0.5;
    consistency = bothActive && steady ? "stable" : "inconsistent";
  }
  return { acuteLoad, chronicLoad, loadRatio, consistency };
}
