import type { EasyHeartRate, LegsFeel, Verdict, WarmupFeel } from "@/contract/values";
import { addDays, daysBetween } from "@/server/domain/days";
import { easyPaceChange, LOAD_RATIO_FLAG, loadRatio, sessionLoad, trainingTrend, wellnessIndex, type WellnessScales } from "./measures";

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
/** A logged session; type and distance let easy-run pace be compared over the weeks. */
export type PastSession = { date: string; durationMin: number; rpe: number | null; type?: string; distanceM?: number | null };

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
};

// The thresholds, named so readers and the boundary tests use the same numbers (readiness.test.ts pins their values).
export const RULES = {
  flatMood: 2, // mood at or below
  drained: 2, // energy at or below, however the night went
  stiff: 6, // soreness at or above
  burnoutDays: 3, // a sign on this many of the last 4 days (today included) persists
  bodyReadyEnergy: 5, // energy at or above ...
  bodyReadySoreness: 3, // ... with soreness at or below
  worseThanWeek: 4, // wellness index this much above the week's average (higher is worse)
  hardSessionRpe: 7,
  pushSignalsNeeded: 3,
  holdSignalsForHoldBack: 2,
  slumpDaysForReset: 2, // earlier hold-back/reset days this week that turn a hold-back into a reset
  easySlowerBy: 0.05, // easy runs this much slower (median pace, last week against the three before)
} as const;

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

const isFlat = (c: CheckinSignals) => c.mood <= RULES.flatMood;
const isDrained = (c: CheckinSignals) => c.energy <= RULES.drained;
const isStiff = (c: CheckinSignals) => c.soreness >= RULES.stiff;

/** Easy runs getting slower, in words, or null: the one burnout sign that comes from training rather than feelings. */
function easySlowdown(input: ReadinessInput): string | null {
  const runs = [...input.sessions, ...(input.todaySession ? [{ ...input.todaySession, date: input.date }] : [])]
    .filter((s) => s.type === "easy")
    .map((s) => ({ date: s.date, durationMin: s.durationMin, distanceM: s.distanceM ?? null }));
  const change = easyPaceChange(runs, input.date);
  return change != null && change >= RULES.easySlowerBy ? `easy runs getting slower (about ${Math.round(change * 100)}% this week)` : null;
}

/**
 * Burnout signs that persist: present today and on enough of the previous three days. Slower easy runs count when
 * the body says so too today (flat, drained or stiff), since heat or hills alone can slow a week.
 */
function burnoutSigns(input: ReadinessInput, slowdown: string | null): string[] {
  const window = input.recentCheckins.filter((c) => {
    const ago = daysBetween(c.date, input.date);
    return ago >= 1 && ago <= 3;
  });
  const signs: [string, (c: CheckinSignals) => boolean][] = [
    ["mood flat for days", isFlat],
    ["sleep isn't helping: still drained", isDrained],
    ["stiffness persisting despite rest", isStiff],
  ];
  const out: string[] = [];
  for (const [words, test] of signs) {
    if (!test(input.today)) continue;
    const days = 1 + window.filter(test).length;
    if (days >= RULES.burnoutDays) out.push(`${words} (${days} of the last 4 days)`);
  }
  const today = input.today;
  if (slowdown && (isFlat(today) || isDrained(today) || isStiff(today))) out.push(slowdown);
  return out;
}

/** Computes the day's verdict from the body's signals, judged against the week. Pure: no I/O. */
export function assessReadiness(input: ReadinessInput): Readiness {
  const { today, date } = input;
  const week = input.recentCheckins.filter((c) => {
    const ago = daysBetween(c.date, date);
    return ago >= 1 && ago <= 6;
  });
  const loaded = input.sessions.map((s) => ({ date: s.date, load: sessionLoad(s.rpe, s.durationMin) }));
  const todayLoad = input.todaySession ? sessionLoad(input.todaySession.rpe, input.todaySession.durationMin) : null;
  const { trend } = trainingTrend(loaded, date);
  const ratio = loadRatio(todayLoad == null ? loaded : [...loaded, { date, load: todayLoad }], date).ratio;
  const wellness = wellnessIndex(today);

  // Hold-back signals: mostly how the body responds.
  const hold: string[] = [];
  if (today.legs === "heavy") hold.push("legs heavy early");
  if (today.easyHeartRate === "higher") hold.push("heart rate higher than usual at easy effort");
  if (today.easyEffortHarder) hold.push("easy effort felt harder");
  if (today.warmupFeel === "rough") hold.push("first 10–15 minutes felt rough");
  if (trend === "inconsistent") hold.push("recent training already inconsistent");
  if (week.length >= 2) {
    const avg = week.reduce((sum, c) => sum + wellnessIndex(c), 0) / week.length;
    if (wellness - avg >= RULES.worseThanWeek) hold.push("clearly worse than the rest of your week");
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
  const priorSlumpDays = week.filter((c) => SLUMP_VERDICTS.includes(c.verdict)).length;
  const yesterdayHard = input.sessions.some(
    (s) => s.date === addDays(date, -1) && s.rpe != null && s.rpe >= RULES.hardSessionRpe,
  );

  let verdict: Verdict;
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
  if (today.motivation <= 2 && !isFlat(today) && !burnoutFlag) {
    reasons.push("low motivation, which usually fades once you start");
  }
  if (slowdown && !burnout.includes(slowdown)) reasons.push(`${slowdown}: worth watching`);
  const loadFlag = ratio != null && ratio > LOAD_RATIO_FLAG;
  if (loadFlag) reasons.push(`training load this week is ${ratio}× your 4-week average`);

  return { verdict, reasons, burnoutFlag, wellnessIndex: wellness, sessionLoad: todayLoad, loadRatio: ratio, loadFlag };
}
