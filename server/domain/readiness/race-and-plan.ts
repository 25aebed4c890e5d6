import { DAY_KIND_LABELS } from "@/contract/labels";
import { NO_RUNNING_DAY_KINDS, type DayKind, type RaceDistance, type Verdict } from "@/contract/values";
import { latestRaceWindow, raceDayWords, raceWindow } from "@/server/domain/training/race-window";

export type PlanToday = {
  /** The runner has a current block, a coach's or their own. */
  hasBlock: boolean;
  /** Today's kind of day in that block, when the block has a day today. */
  todayKind: DayKind | null;
  /** Someone coaches a club the runner is an active member of. */
  hasCoach: boolean;
};
export type RecentRace = { distance: RaceDistance; date: string };
/** Who steps the runner back: the block they're on, their coach, or the runner themselves (no coach). */
export type Support = "block" | "coach" | "self";

export const NO_PLAN: PlanToday = { hasBlock: false, todayKind: null, hasCoach: false };

const noRunning = (k: DayKind | null): k is (typeof NO_RUNNING_DAY_KINDS)[number] =>
  k != null && (NO_RUNNING_DAY_KINDS as readonly DayKind[]).includes(k);

/** A day in a race's no-running part is recovery, not a slump: it doesn't count as an earlier hold-back day. */
export function isPostRaceRest(races: RecentRace[], day: string): boolean {
  return races.some((r) => raceWindow(r, day)?.part === "no_running");
}

/**
 * The race and the plan have the last word. Within a race's recovery window the verdict is never push, and in its
 * no-running part it is at least hold back, the first reason naming the race and the day. A current block caps the
 * day at steady (run the block as written), and on its no-running days says to follow it. The advice never points
 * at a coach when a block is already set, nor when the runner has no coach; null means the verdict's usual advice.
 */
export function applyRaceAndPlan(verdict: Verdict, date: string, races: RecentRace[], plan: PlanToday) {
  const window = latestRaceWindow(races, date);
  const first: string[] = [];
  let advice: string | null = null;
  if (window) {
    const where = raceDayWords(window.race, window.dayNumber);
    if (window.part === "no_running") {
      if (verdict === "push" || verdict === "steady") verdict = "hold_back";
      first.push(`${where}: recovery comes first`);
      advice = "No running today: rest, or an easy 20 to 30 minute walk. Recovery from your race comes first.";
    } else {
      if (verdict === "push") verdict = "steady";
      first.push(`${where}: easy running only while you recover`);
      if (verdict !== "reset") advice = "Easy running only today, however good you feel: you're still recovering from your race.";
    }
  }
  if (plan.hasBlock) {
    if (verdict === "push") verdict = "steady";
    if (noRunning(plan.todayKind)) {
      first.push(`your block says ${DAY_KIND_LABELS[plan.todayKind].toLowerCase()} today: follow the block`);
      advice = `Follow your block today: ${DAY_KIND_LABELS[plan.todayKind]}, no running.`;
    } else if (!advice || verdict === "reset") {
      advice = {
        push: null,
        steady: "Run today's block day as written.",
        hold_back: "Go easy or shorter today, within your block.",
        reset: plan.hasCoach
          ? "Step back now: keep to your block, and tell your coach how you're feeling."
          : "Step back now: keep to your block, and make today gentler still if you need to.",
      }[verdict];
    }
  } else if (verdict === "reset" && !plan.hasCoach && !window) {
    advice = "Step back now. You can start a reset yourself from Today.";
  }
  const support: Support = plan.hasBlock ? "block" : plan.hasCoach ? "coach" : "self";
  return { verdict, first, advice, support };
}
