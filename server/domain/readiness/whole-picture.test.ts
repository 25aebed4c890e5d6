import { describe, expect, it } from "vitest";
import { NO_RUNNING_DAY_KINDS, RACE_DISTANCES, type DayKind } from "@/contract/values";
import { addDays } from "@/server/domain/days";
import { RACE_RECOVERY_DAYS } from "@/server/domain/training/race-window";
import { assessReadiness, RULES, type CheckinSignals, type PastCheckin, type PastSession, type ReadinessInput } from "./assess-readiness";
import { RESTING_HR_ELEVATED_BY, RESTING_HR_MIN_READINGS } from "./resting-hr";

const DAY = "2026-03-18";
const neutral: CheckinSignals = {
  mood: 4, energy: 4, sleepQuality: 4, soreness: 3, stress: 3, motivation: 4,
  legs: "normal", easyEffortHarder: false, easyHeartRate: "normal", warmupFeel: null,
};
// Everything a push needs.
const great: CheckinSignals = { ...neutral, mood: 7, motivation: 7, legs: "responsive", energy: 7, soreness: 1, sleepQuality: 7, stress: 1, warmupFeel: "smooth", easyHeartRate: "lower" };
const session = (ago: number): PastSession => ({ date: addDays(DAY, -ago), rpe: 5, durationMin: 40 });
const stableTraining = [1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26].map(session);
const past = (ago: number, over: Partial<PastCheckin> = {}): PastCheckin => ({ ...neutral, date: addDays(DAY, -ago), verdict: "steady", ...over });
const run = (over: Partial<Omit<ReadinessInput, "today">> & { today?: Partial<CheckinSignals> } = {}) =>
  assessReadiness({ date: DAY, recentCheckins: [], sessions: [], ...over, today: { ...neutral, ...over.today } });

describe("races shape the days after them", () => {
  it("feeling great, with nothing logged, is a push (the control)", () => {
    expect(run({ today: great, sessions: stableTraining }).verdict).toBe("push");
  });

  describe.each(RACE_DISTANCES)("after a %s", (distance) => {
    const { noRunning, easy } = RACE_RECOVERY_DAYS[distance];
    const raceAgo = (ago: number) => [{ distance, date: addDays(DAY, -ago) }];

    it.each([0, 1, noRunning])("day %i (no running): hold back, the race named first", (ago) => {
      const r = run({ today: great, sessions: stableTraining, races: raceAgo(ago) });
      expect(r.verdict).toBe("hold_back");
      expect(r.reasons[0]).toMatch(/^(race day: your|\d+ days? after your) .+: recovery comes first$/);
      expect(r.advice).toContain("No running today");
    });

    it.each([noRunning + 1, noRunning + easy])("day %i (easy part): never push", (ago) => {
      const r = run({ today: great, sessions: stableTraining, races: raceAgo(ago) });
      expect(r.verdict).toBe("steady");
      expect(r.reasons[0]).toContain("easy running only while you recover");
    });

    it(`day ${noRunning + easy + 1}: the window is over`, () => {
      expect(run({ today: great, sessions: stableTraining, races: raceAgo(noRunning + easy + 1) }).verdict).toBe("push");
    });
  });

  it('says "4 days after your marathon: recovery comes first"', () => {
    const r = run({ today: great, races: [{ distance: "marathon", date: addDays(DAY, -4) }] });
    expect(r.reasons[0]).toBe("4 days after your marathon: recovery comes first");
  });

  it("keeps a reset a reset, the race still first", () => {
    const sign = { mood: RULES.flatMood };
    const r = run({ today: sign, recentCheckins: [past(1, sign), past(2, sign)], races: [{ distance: "half", date: addDays(DAY, -2) }] });
    expect(r.verdict).toBe("reset");
    expect(r.reasons[0]).toBe("2 days after your half marathon: recovery comes first");
  });

  it("doesn't count post-race rest days as slump days afterwards", () => {
    // A 10K 5 days ago: its no-running days (days 0-3) were hold-backs; today, past the window, two body signals.
    const races = [{ distance: "10k" as const, date: addDays(DAY, -5) }];
    const recent = [past(2, { verdict: "hold_back" }), past(3, { verdict: "hold_back" }), past(4, { verdict: "hold_back" })];
    expect(run({ today: { legs: "heavy", easyHeartRate: "higher" }, recentCheckins: recent, races }).verdict).toBe("hold_back");
    expect(run({ today: { legs: "heavy", easyHeartRate: "higher" }, recentCheckins: recent }).verdict).toBe("reset");
  });

  it("counts a race's stored load (the default effort when none was rated)", () => {
    const r = run({ sessions: [{ date: addDays(DAY, -1), durationMin: 200, rpe: null, type: "race", load: 1600 }] });
    expect(r.loadRatio).toBe(4);
  });
});

describe("the verdict and the plan agree", () => {
  it.each(NO_RUNNING_DAY_KINDS)("a %s day in the block: follow the block, never push", (kind) => {
    const r = run({ today: great, sessions: stableTraining, plan: { hasBlock: true, todayKind: kind, hasCoach: true } });
    expect(r.verdict).toBe("steady");
    expect(r.reasons[0]).toMatch(/^your block says .+ today: follow the block$/);
    expect(r.advice).toMatch(/^Follow your block today: .+, no running\.$/);
  });

  it.each(["easy_run", "normal_training", null] as (DayKind | null)[])("any current block caps the day at steady (%s)", (kind) => {
    const r = run({ today: great, sessions: stableTraining, plan: { hasBlock: true, todayKind: kind, hasCoach: false } });
    expect(r.verdict).toBe("steady");
    expect(r.advice).toBe("Run today's block day as written.");
  });

  const slump = { today: { mood: 1 }, recentCheckins: [past(1, { mood: 1 }), past(2, { mood: 1 })] };
  it("a reset on a block never suggests a coach plan one", () => {
    for (const hasCoach of [true, false]) {
      const r = run({ ...slump, plan: { hasBlock: true, todayKind: "easy_run", hasCoach } });
      expect(r.verdict).toBe("reset");
      expect(r.support).toBe("block");
      expect(r.advice).toContain("keep to your block");
      expect(r.advice!.includes("coach")).toBe(hasCoach);
      expect(r.reasons.join(" ")).not.toMatch(/plan a reset/);
    }
  });

  it("without a block: the coach's cue when there is a coach, the runner's own start when there isn't", () => {
    expect(run({ ...slump, plan: { hasBlock: false, todayKind: null, hasCoach: true } })).toMatchObject({ support: "coach", advice: null });
    const alone = run({ ...slump, plan: { hasBlock: false, todayKind: null, hasCoach: false } });
    expect(alone.support).toBe("self");
    expect(alone.advice).toBe("Step back now. You can start a reset yourself from Today.");
  });
});

describe("every signal that counted is named", () => {
  it("low mood, poor sleep, high stress and no motivation: each named", () => {
    const r = run({ today: { mood: 1, sleepQuality: 1, stress: 7, motivation: 1, legs: "heavy" } });
    expect(r.verdict).toBe("hold_back");
    expect(r.reasons).toEqual([
      "legs heavy early", "slept poorly and stress high today", "mood flat today", "low motivation, which usually fades once you start",
    ]);
  });

  it.each([
    ["sleep", { sleepQuality: RULES.poorSleep }, "slept poorly"],
    ["fatigue", { energy: RULES.drained }, "energy very low"],
    ["stress", { stress: RULES.highStress }, "stress high"],
    ["soreness", { soreness: RULES.stiff }, "very sore"],
  ] as const)("one poor %s alone colours the day, named", (_l, today, words) => {
    const r = run({ today });
    expect(r.verdict).toBe("steady");
    expect(r.reasons).toContain(`${words} today`);
  });

  it.each([
    ["sleep", { sleepQuality: RULES.poorSleep + 1 }],
    ["stress", { stress: RULES.highStress - 1 }],
    ["motivation", { motivation: RULES.lowMotivation + 1 }],
  ] as const)("just inside the line, %s is not named", (_l, today) => {
    expect(run({ today }).reasons).toEqual(["no strong signals either way: run the plan as written"]);
  });

  it(`${RULES.wellnessSignsForHold} poor items together are a hold-back signal`, () => {
    expect(run({ today: { sleepQuality: 2, stress: 6, easyEffortHarder: true } }).verdict).toBe("hold_back");
    expect(run({ today: { sleepQuality: 2, easyEffortHarder: true } }).verdict).toBe("steady");
  });

  it("a poor night turns a push into steady, and says so", () => {
    const r = run({ today: { ...great, sleepQuality: 2 }, sessions: stableTraining });
    expect(r.verdict).toBe("steady");
    expect(r.reasons).toContain("but slept poorly today: keep to the plan");
  });

  it("names the items that made the day worse than the week", () => {
    const r = run({ today: { sleepQuality: 2, stress: 5, legs: "heavy" }, recentCheckins: [past(1), past(2)] });
    // Sleep 2 points worse than the week's 4 (flipped: 6 against 4), stress 2 worse (5 against 3): index +4.
    expect(r.verdict).toBe("hold_back");
    expect(r.reasons).toContain("clearly worse than the rest of your week (sleep and stress)");
    const spread = run({ today: { sleepQuality: 3, energy: 3, stress: 4, soreness: 4, legs: "heavy" }, recentCheckins: [past(1), past(2)] });
    expect(spread.reasons).toContain("clearly worse than the rest of your week");
  });

  it("names low motivation alongside burnout too", () => {
    const sign = { mood: 1, motivation: 1 };
    const r = run({ today: sign, recentCheckins: [past(1, sign), past(2, sign)] });
    expect(r.burnoutFlag).toBe(true);
    expect(r.reasons).toContain("motivation low too");
  });

  describe("resting heart rate against the runner's own baseline", () => {
    const earlier = (n: number) => Array.from({ length: n }, (_, i) => ({ date: addDays(DAY, -(i + 1)), bpm: 54 }));
    it.each([
      [RESTING_HR_ELEVATED_BY - 1, RESTING_HR_MIN_READINGS, "steady"],
      [RESTING_HR_ELEVATED_BY, RESTING_HR_MIN_READINGS, "hold_back"],
      [RESTING_HR_ELEVATED_BY + 5, RESTING_HR_MIN_READINGS - 1, "steady"],
    ])("%i above, with %i readings -> %s (with heavy legs)", (above, n, verdict) => {
      const r = run({ today: { legs: "heavy" }, restingHr: { today: 54 + above, earlier: earlier(n) } });
      expect(r.verdict).toBe(verdict);
      expect(r.reasons.some((x) => x.startsWith("resting heart rate"))).toBe(verdict === "hold_back");
    });

    it("names the numbers", () => {
      const r = run({ restingHr: { today: 62, earlier: earlier(10) } });
      expect(r.reasons).toContain("resting heart rate 62, 8 above your usual 54");
    });

    it("cancels a push", () => {
      expect(run({ today: great, sessions: stableTraining, restingHr: { today: 62, earlier: earlier(10) } }).verdict).toBe("steady");
    });
  });

  it("uses moving time for easy-run pace when the track has it", () => {
    // Elapsed time says 10% slower this week; moving time says the same pace (the extra minutes were stops).
    const easy = (ago: number, minutes: number, movingSec: number | null) => ({
      date: addDays(DAY, -ago), durationMin: minutes, rpe: 3, type: "easy", distanceM: 8000, movingSec,
    });
    const before = [9, 12, 16, 20].map((ago) => easy(ago, 40, null));
    const slowByClock = [easy(1, 44, null), easy(3, 44, null), ...before];
    const sameMoving = [easy(1, 44, 2400), easy(3, 44, 2400), ...before];
    expect(run({ sessions: slowByClock }).reasons).toContain("easy runs getting slower (about 10% this week): worth watching");
    expect(run({ sessions: sameMoving }).reasons.some((x) => x.includes("easy runs"))).toBe(false);
  });
});
