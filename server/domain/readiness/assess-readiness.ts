import type { EasyHeartRate, LegsFeel, Verdict, WarmupFeel } from "@/contract/values";
import { addDays, daysBetween } from "@/server/domain/days";
import { monotonyStrain } from "@/server/domain/training/monotony";
import { LOAD_RATIO_FLAG, loadRatio, sessionLoad, trainingTrend, wellnessIndex, type WellnessScales } from "./measures";
import { applyRaceAndPlan, isPostRaceRest, NO_PLAN, type PlanToday, type RecentRace, type Support } from "./race-and-plan";
import { elevatedRestingHr, type HrReading } from "./resting-hr";
import { burnoutSigns, easySlowdown, isFlat } from "./burnout-signs";
import { RULES } from "./rules";
import { joinWords, wellnessSigns, worseThanWeekItems } from "./wellness-signs";

export { RULES };

export const SLUMP_VERDICTS: readonly Verdict[] = ["hold_back", "reset"];

export type CheckinSignals = WellnessScales & {
  mood: number;
  motivation: number;
  legs: LegsFeel;
  easyEffortHarder: boolean;
  easyHeartRate: EasyHeartRate;
  warmupFeel: WarmupFeel | null;
};

export type PastCheckin = CheckinSignals & { date: string; verdict: Verdict };
/**
 * A logged session; type, distance and moving time let easy-run pace be compared over the weeks. `load` is the stored
 * session load when known (a race without an effort rating carries its distance's default), else RPE x minutes.
 */
export type PastSession = {
  date: string;
  durationMin: number;
  rpe: number | null;
  type?: string;
  distanceM?: number | null;
  movingSec?: number | null;
  load?: number | null;
};

export type ReadinessInput = {
  /** The check-in's day (the runner's own calendar day). */
  date: string;
  today: CheckinSignals;
  /** The session logged with this check-in, if any. */
  todaySession?: Omit<PastSession, "date"> | null;
  /** Earlier check-ins (any order); only the 28 days before `date` matter. */
  recentCheckins: PastCheckin[];
  /** Logged training sessions other than today's own; only the 28 days up to `date` matter. */
  sessions: PastSession[];
  /** This morning's resting heart rate, and one reading per earlier day (only the 28 days before `date` matter). */
  restingHr?: { today: number | null; earlier: HrReading[] };
  /** Races of the last weeks (any order): the latest whose recovery window covers `date` shapes the day. */
  races?: RecentRace[];
  /** The runner's current block and coaches, so the verdict and the plan agree. */
  plan?: PlanToday;
};

export type Readiness = {
  verdict: Verdict;
  /** Plain-words reasons, the verdict's signals first. */
  reasons: string[];
  burnoutFlag: boolean;
  wellnessIndex: number;
  sessionLoad: number | null;
  loadRatio: number | null;
  /** The 7:28 ratio is above 1.5: shown as a flag, never used for the verdict. */
  loadFlag: boolean;
  /** The day's advice when the race or the block shapes it; null for the verdict's usual words. */
  advice: string | null;
  /** Who steps the runner back, so the page points to the block, the coach, or what they can start themselves. */
  support: Support;
};

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

/** Computes the day's verdict from the body's signals, judged against the week. Pure: no I/O. */
export function assessReadiness(input: ReadinessInput): Readiness {
  const { today, date } = input;
  const week = input.recentCheckins.filter((c) => {
    const ago = daysBetween(c.date, date);
    return ago >= 1 && ago <= 6;
  });
  const races = input.races ?? [];
  const loadOf = (s: Omit<PastSession, "date">) => s.load ?? sessionLoad(s.rpe, s.durationMin);
  const loaded = input.sessions.map((s) => ({ date: s.date, load: loadOf(s) }));
  const todayLoad = input.todaySession ? loadOf(input.todaySession) : null;
  const { trend } = trainingTrend(loaded, date);
  const ratio = loadRatio(todayLoad == null ? loaded : [...loaded, { date, load: todayLoad }], date).ratio;
  const wellness = wellnessIndex(today);

  // Hold-back signals: mostly how the body responds.
  const hold: string[] = [];
  if (today.legs === "heavy") hold.push("legs heavy early");
  if (today.easyHeartRate === "higher") hold.push("heart rate higher than usual at easy effort");
  const restingHr = input.restingHr ? elevatedRestingHr(input.restingHr.today, input.restingHr.earlier, date) : null;
  if (restingHr) hold.push(restingHr);
  if (today.easyEffortHarder) hold.push("easy effort felt harder");
  if (today.warmupFeel === "rough") hold.push("first 10–15 minutes felt rough");
  if (trend === "inconsistent") hold.push("recent training already inconsistent");
  if (week.length >= 2) {
    const avg = week.reduce((sum, c) => sum + wellnessIndex(c), 0) / week.length;
    if (wellness - avg >= RULES.worseThanWeek) {
      const items = worseThanWeekItems(today, week);
      hold.push(`clearly worse than the rest of your week${items.length ? ` (${joinWords(items)})` : ""}`);
    }
  }

  const push: string[] = [];
  if (today.legs === "responsive") push.push("legs feel responsive");
  if (trend === "stable") push.push("recent training stable and repeatable");
  if (today.easyHeartRate !== "higher" && !today.easyEffortHarder && (today.easyHeartRate === "lower" || today.warmupFeel === "smooth")) {
    push.push(today.easyHeartRate === "lower" ? "heart rate and breathing controlled at easy effort" : "warm-up felt smooth and controlled");
  }
  if (today.energy >= RULES.bodyReadyEnergy && today.soreness <= RULES.bodyReadySoreness) push.push("body feels ready to extend, not forced");

  const slowdown = easySlowdown(input);
  const burnout = burnoutSigns(input, slowdown);
  const burnoutFlag = burnout.length > 0;
  // Sleep, fatigue, stress and soreness: several at their poor end together are one hold-back signal; one alone colours the day.
  const signs = wellnessSigns(today, {
    drained: burnout.some((b) => b.startsWith("sleep isn't helping")),
    stiff: burnout.some((b) => b.startsWith("stiffness")),
  });
  if (signs.length >= RULES.wellnessSignsForHold) hold.push(`${joinWords(signs)} today`);
  const priorSlumpDays = week.filter((c) => SLUMP_VERDICTS.includes(c.verdict) && !isPostRaceRest(races, c.date)).length;
  const yesterdayHard = input.sessions.some(
    (s) => s.date === addDays(date, -1) && s.rpe != null && s.rpe >= RULES.hardSessionRpe,
  );

  let verdict: Verdict;
  let signsNamed = signs.length >= RULES.wellnessSignsForHold;
  const reasons: string[] = [];
  if (burnoutFlag) {
    verdict = "reset";
    reasons.push(...burnout, ...hold);
  } else if (hold.length >= RULES.holdSignalsForHoldBack && priorSlumpDays >= RULES.slumpDaysForReset) {
    verdict = "reset";
    reasons.push(...hold, `${ordinal(priorSlumpDays + 1)} hold-back day this week`);
  } else if (hold.length >= RULES.holdSignalsForHoldBack) {
    verdict = "hold_back";
    reasons.push(...hold);
  } else if (hold.length === 0 && push.length >= RULES.pushSignalsNeeded && today.legs === "responsive") {
    if (priorSlumpDays > 0) {
      verdict = "steady";
      reasons.push(...push, "but you held back earlier this week: keep to the plan");
    } else if (signs.length > 0) {
      // One poor night or a stressful day doesn't stop the plan, but it is no day to extend.
      verdict = "steady";
      signsNamed = true;
      reasons.push(...push, `but ${joinWords(signs)} today: keep to the plan`);
    } else if (yesterdayHard) {
      verdict = "steady";
      reasons.push(...push, "but yesterday was hard: let today absorb it");
    } else {
      verdict = "push";
      reasons.push(...push);
    }
  } else {
    verdict = "steady";
    reasons.push(...hold, ...push);
    if (reasons.length === 0) reasons.push("no strong signals either way: run the plan as written");
  }

  // Context that explains the day without deciding it.
  if (isFlat(today) && !burnoutFlag) {
    const flatDays = 1 + week.filter(isFlat).length;
    reasons.push(flatDays >= 2 ? `${ordinal(flatDays)} flat-mood day this week` : "mood flat today");
  }
  if (!signsNamed) reasons.push(...signs.map((sign) => `${sign} today`));
  if (today.motivation <= RULES.lowMotivation) {
    reasons.push(burnoutFlag ? "motivation low too" : "low motivation, which usually fades once you start");
  }
  if (slowdown && !burnout.includes(slowdown)) reasons.push(`${slowdown}: worth watching`);
  const loadFlag = ratio != null && ratio > LOAD_RATIO_FLAG;
  if (loadFlag) reasons.push(`training load this week is ${ratio}× your 4-week average`);
  const { monotonyFlag, monotony } = monotonyStrain(todayLoad == null ? loaded : [...loaded, { date, load: todayLoad }], date);
  if (monotonyFlag) reasons.push(`training much the same every day this week${monotony == null ? "" : ` (monotony ${monotony})`}: a real easy or rest day helps`);

  // The race and the block have the last word, and their reasons come first.
  const planned = applyRaceAndPlan(verdict, date, races, input.plan ?? NO_PLAN);
  if (planned.first.length > 0 && reasons[0] === "no strong signals either way: run the plan as written") reasons.shift();
  return {
    verdict: planned.verdict,
    reasons: [...planned.first, ...reasons],
    burnoutFlag,
    wellnessIndex: wellness,
    sessionLoad: todayLoad,
    loadRatio: ratio,
    loadFlag,
    advice: planned.advice,
    support: planned.support,
  };
}
