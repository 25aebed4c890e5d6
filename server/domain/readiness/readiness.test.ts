import { describe, expect, it } from "vitest";
import { assessReadiness, RULES, type CheckinSignals, type PastCheckin, type PastSession, type ReadinessInput } from "./assess-readiness";
import { addDays, daysBetween, weekStart } from "@/server/domain/days";
import { easyPaceChange, loadRatio, sessionLoad, trainingTrend, wellnessIndex } from "./measures";

const DAY = "2026-03-18"; // a Wednesday
const neutral: CheckinSignals = {
  mood: 4, energy: 4, sleepQuality: 4, soreness: 3, stress: 3, motivation: 4,
  legs: "normal", easyEffortHarder: false, easyHeartRate: "normal", warmupFeel: null,
};
const ready: CheckinSignals = { ...neutral, legs: "responsive", energy: 6, soreness: 2, warmupFeel: "smooth" };
const past = (ago: number, over: Partial<PastCheckin> = {}): PastCheckin => ({ ...neutral, date: addDays(DAY, -ago), verdict: "steady", ...over });
const session = (ago: number, rpe: number | null = 5, durationMin = 40): PastSession => ({ date: addDays(DAY, -ago), rpe, durationMin });
// Three sessions a week of equal load for the four weeks before DAY: "stable".
const stableTraining = [1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26].map((ago) => session(ago));
const run = (over: Partial<Omit<ReadinessInput, "today">> & { today?: Partial<CheckinSignals> } = {}) =>
  assessReadiness({ date: DAY, recentCheckins: [], sessions: [], ...over, today: { ...neutral, ...over.today } });

describe("the thresholds", () => {
  // The coaching rules' numbers, stated once here; the boundary tests below read them from RULES.
  it("are the coaching rules' numbers", () => {
    expect(RULES).toEqual({
      flatMood: 2, drained: 2, stiff: 6, poorSleep: 2, highStress: 6, lowMotivation: 2, wellnessSignsForHold: 2,
      burnoutDays: 3, bodyReadyEnergy: 5, bodyReadySoreness: 3, worseThanWeek: 4,
      hardSessionRpe: 7, pushSignalsNeeded: 3, holdSignalsForHoldBack: 2, slumpDaysForReset: 2, easySlowerBy: 0.05,
    });
  });
});

describe("dates", () => {
  it.each([
    ["2026-03-18", "2026-03-18", 0],
    ["2026-03-18", "2026-03-25", 7],
    ["2026-03-28", "2026-03-30", 2], // across a clock change in Europe
    ["2026-12-31", "2027-01-01", 1],
  ])("daysBetween(%s, %s) = %i", (a, b, n) => expect(daysBetween(a, b)).toBe(n));
  it.each([
    ["2026-03-18", "2026-03-16"],
    ["2026-03-16", "2026-03-16"],
    ["2026-03-22", "2026-03-16"],
  ])("weekStart(%s) = %s (Monday)", (d, monday) => expect(weekStart(d)).toBe(monday));
});

describe("wellness index (Hooper-style, 4-28, higher is worse)", () => {
  it.each([
    [{ sleepQuality: 7, energy: 7, stress: 1, soreness: 1 }, 4],
    [{ sleepQuality: 1, energy: 1, stress: 7, soreness: 7 }, 28],
    [{ sleepQuality: 4, energy: 4, stress: 4, soreness: 4 }, 16],
    [{ sleepQuality: 6, energy: 2, stress: 3, soreness: 5 }, 16],
  ])("%o -> %i", (scales, expected) => expect(wellnessIndex(scales)).toBe(expected));
});

describe("session-RPE load", () => {
  it.each([
    [5, 40, 200],
    [0, 60, 0],
    [10, 90, 900],
    [null, 45, 0],
  ])("RPE %s x %i min = %i", (rpe, min, load) => expect(sessionLoad(rpe, min)).toBe(load));
});

describe("7:28 load ratio", () => {
  const even = Array.from({ length: 28 }, (_, i) => ({ date: addDays(DAY, -i), load: 100 }));
  it.each([
    ["no load at all", [], null],
    ["an even month", even, 1],
    ["everything in the last week", [{ date: DAY, load: 300 }], 4],
    ["only old load", [{ date: addDays(DAY, -20), load: 400 }], 0],
    ["load 28+ days ago is ignored", [{ date: addDays(DAY, -28), load: 400 }], null],
  ])("%s", (_l, sessions, ratio) => expect(loadRatio(sessions, DAY).ratio).toBe(ratio));
});

describe("training trend over the two weeks before the day", () => {
  const s = (ago: number, load = 200) => ({ date: addDays(DAY, -ago), load });
  it.each([
    ["under 2 sessions: unknown", [s(1)], "unknown"],
    ["2+2 equal sessions: stable", [s(1), s(3), s(8), s(10)], "stable"],
    ["load change of exactly 25%: stable", [s(1, 150), s(3, 150), s(8, 200), s(10, 200)], "stable"],
    ["load change of 30%: neither", [s(1, 140), s(3, 140), s(8, 200), s(10, 200)], "unknown"],
    ["load change of exactly 50%: neither", [s(1, 100), s(3, 100), s(8, 200), s(10, 200)], "unknown"],
    ["load change over 50%: inconsistent", [s(1, 90), s(3, 90), s(8, 200), s(10, 200)], "inconsistent"],
    ["an empty last week: inconsistent", [s(8), s(10), s(12)], "inconsistent"],
    ["an empty week before: inconsistent", [s(1), s(3)], "inconsistent"],
    ["today and 15+ days ago are ignored", [s(0), s(15), s(16)], "unknown"],
  ])("%s", (_l, sessions, trend) => expect(trainingTrend(sessions, DAY).trend).toBe(trend));
});

describe("verdict: hold-back signals", () => {
  it.each([
    ["heavy legs", { legs: "heavy" }, "legs heavy early"],
    ["higher easy heart rate", { easyHeartRate: "higher" }, "heart rate higher than usual at easy effort"],
    ["easy effort harder", { easyEffortHarder: true }, "easy effort felt harder"],
    ["a rough warm-up", { warmupFeel: "rough" }, "first 10–15 minutes felt rough"],
  ] as const)("one signal (%s) alone keeps the plan: steady, named", (_l, today, reason) => {
    const r = run({ today });
    expect(r.verdict).toBe("steady");
    expect(r.reasons).toContain(reason);
  });

  it("two body signals: hold back, with both reasons in plain words", () => {
    const r = run({ today: { legs: "heavy", easyHeartRate: "higher" } });
    expect(r.verdict).toBe("hold_back");
    expect(r.reasons.slice(0, 2)).toEqual(["legs heavy early", "heart rate higher than usual at easy effort"]);
  });

  it("inconsistent recent training counts as a signal", () => {
    const r = run({ today: { easyEffortHarder: true }, sessions: [session(9), session(11)] });
    expect(r.verdict).toBe("hold_back");
    expect(r.reasons).toContain("recent training already inconsistent");
  });

  it.each([
    [`${RULES.worseThanWeek - 1} points worse than the week: not a signal`, RULES.worseThanWeek - 1, "steady"],
    [`${RULES.worseThanWeek} points worse than the week: a signal`, RULES.worseThanWeek, "hold_back"],
  ])("judges the day against the week (%s)", (_l, worse, verdict) => {
    // Week average index 14; today = 14 + worse, plus one body signal.
    const today = { ...neutral, soreness: 3 + worse, legs: "heavy" as const };
    const r = run({ today, recentCheckins: [past(1, { soreness: 3 }), past(2, { soreness: 5, stress: 1 })] });
    expect(wellnessIndex(today) - 14).toBe(worse);
    expect(r.verdict).toBe(verdict);
  });

  it("needs two earlier check-ins this week to compare the day against the week", () => {
    // Index 20 against one earlier day's 14; only one Hooper item (soreness) at its poor end, so no other signal.
    expect(run({ today: { soreness: 7, stress: 5, legs: "heavy" }, recentCheckins: [past(1)] }).verdict).toBe("steady");
  });
});

describe("verdict: push signals", () => {
  it("responsive legs, stable training and a smooth warm-up: push", () => {
    const r = run({ today: ready, sessions: stableTraining });
    expect(r.verdict).toBe("push");
    expect(r.reasons).toEqual([
      "legs feel responsive", "recent training stable and repeatable", "warm-up felt smooth and controlled", "body feels ready to extend, not forced",
    ]);
  });

  it.each([
    ["legs only normal", { legs: "normal" }],
    ["tired (energy 4)", { energy: 4, warmupFeel: null }],
    ["sore (soreness 4)", { soreness: 4, warmupFeel: null }],
  ] as const)("no push when %s", (_l, today) => {
    expect(run({ today: { ...ready, ...today } }).verdict).toBe("steady");
  });

  const { bodyReadyEnergy: energy, bodyReadySoreness: soreness } = RULES;
  it.each([
    [`energy ${energy}, soreness ${soreness} is ready`, { energy, soreness }, "push"],
    [`energy ${energy - 1} is not`, { energy: energy - 1, soreness }, "steady"],
    [`soreness ${soreness + 1} is not`, { energy, soreness: soreness + 1 }, "steady"],
  ] as const)("body-ready boundary: %s", (_l, today, verdict) => {
    // Without stable training, push needs all of the other three signals.
    expect(run({ today: { ...ready, warmupFeel: "smooth", easyHeartRate: "lower", ...today } }).verdict).toBe(verdict);
  });

  it("mood and motivation alone never make a push", () => {
    expect(run({ today: { mood: 7, motivation: 7 } }).verdict).toBe("steady");
  });

  it("any hold-back signal cancels a push", () => {
    expect(run({ today: { ...ready, easyEffortHarder: true }, sessions: stableTraining }).verdict).toBe("steady");
  });

  it("a hard session yesterday means today must absorb it", () => {
    const r = run({ today: ready, sessions: [...stableTraining.filter((s) => s.date !== addDays(DAY, -1)), session(1, RULES.hardSessionRpe)] });
    expect(r.verdict).toBe("steady");
    expect(r.reasons).toContain("but yesterday was hard: let today absorb it");
  });

  it(`RPE ${RULES.hardSessionRpe - 1} yesterday is not hard`, () => {
    const sessions = [...stableTraining.filter((s) => s.date !== addDays(DAY, -1)), session(1, RULES.hardSessionRpe - 1)];
    expect(run({ today: ready, sessions }).verdict).toBe("push");
  });

  it("a hold-back day earlier this week caps today at steady", () => {
    const r = run({ today: ready, sessions: stableTraining, recentCheckins: [past(3, { verdict: "hold_back" })] });
    expect(r.verdict).toBe("steady");
    expect(r.reasons).toContain("but you held back earlier this week: keep to the plan");
  });

  it("a hold-back day 7 days ago is last week", () => {
    expect(run({ today: ready, sessions: stableTraining, recentCheckins: [past(7, { verdict: "hold_back" })] }).verdict).toBe("push");
  });
});

describe("verdict: reset", () => {
  it.each([
    [RULES.slumpDaysForReset - 1, "hold_back"],
    [RULES.slumpDaysForReset, "reset"],
  ])("hold-back signals after %i earlier slump day(s) this week -> %s", (days, verdict) => {
    const recent = Array.from({ length: days }, (_, i) => past(i + 1, { verdict: "hold_back" }));
    const r = run({ today: { legs: "heavy", easyHeartRate: "higher" }, recentCheckins: recent });
    expect(r.verdict).toBe(verdict);
    if (verdict === "reset") expect(r.reasons).toContain("third hold-back day this week");
  });
});

describe("burnout flag, separate from ordinary reluctance", () => {
  it.each([
    ["flat mood", { mood: RULES.flatMood }, "mood flat for days (3 of the last 4 days)"],
    ["drained whatever the sleep", { energy: RULES.drained }, "sleep isn't helping: still drained (3 of the last 4 days)"],
    ["stiffness", { soreness: RULES.stiff }, "stiffness persisting despite rest (3 of the last 4 days)"],
  ] as const)("%s today and on 2 of the 3 days before: flag and reset", (_l, sign, reason) => {
    const r = run({ today: sign, recentCheckins: [past(1, sign), past(3, sign)] });
    expect(r.burnoutFlag).toBe(true);
    expect(r.verdict).toBe("reset");
    expect(r.reasons[0]).toBe(reason);
  });

  it.each([
    ["only 2 of 4 days", [past(1, { mood: 2 })], false],
    ["the third day is 4 days ago", [past(1, { mood: 2 }), past(4, { mood: 2 })], false],
    [`mood ${RULES.flatMood + 1} is not flat`, [past(1, { mood: RULES.flatMood + 1 }), past(2, { mood: RULES.flatMood + 1 })], false],
  ])("no flag when %s", (_l, recent, flag) => {
    expect(run({ today: { mood: 2 }, recentCheckins: recent }).burnoutFlag).toBe(flag);
  });

  it("needs the sign today too", () => {
    expect(run({ today: { mood: 4 }, recentCheckins: [past(1, { mood: 1 }), past(2, { mood: 1 }), past(3, { mood: 1 })] }).burnoutFlag).toBe(false);
  });

  it("low motivation alone is discipline fatigue, not burnout", () => {
    const r = run({ today: { motivation: 1 }, recentCheckins: [past(1, { motivation: 1 }), past(2, { motivation: 1 })] });
    expect(r.burnoutFlag).toBe(false);
    expect(r.verdict).toBe("steady");
    expect(r.reasons).toContain("low motivation, which usually fades once you start");
  });

  it("counts flat-mood days this week in words", () => {
    const r = run({ today: { mood: 2, legs: "heavy", easyEffortHarder: true }, recentCheckins: [past(2, { mood: 2 }), past(5, { mood: 1 })] });
    expect(r.burnoutFlag).toBe(false);
    expect(r.reasons).toEqual(["legs heavy early", "easy effort felt harder", "third flat-mood day this week"]);
  });
});

describe("7:28 load ratio is a flag, never a verdict", () => {
  it.each([
    ["ratio exactly 1.5: no flag", 150, false],
    ["ratio above 1.5: flagged", 160, true],
  ])("%s", (_l, acuteLoad, flag) => {
    // 28-day load 400 -> weekly average 100; the last week carries `acuteLoad` of it.
    const sessions = [{ date: addDays(DAY, -20), rpe: 1, durationMin: 400 - acuteLoad }, { date: addDays(DAY, -2), rpe: 1, durationMin: acuteLoad }];
    const r = run({ sessions });
    expect(r.loadRatio).toBe(acuteLoad / 100);
    expect(r.loadFlag).toBe(flag);
    expect(r.verdict).toBe("steady");
    expect(r.reasons.some((x) => x.startsWith("training load this week is"))).toBe(flag);
  });

  it("includes today's own session", () => {
    const r = run({ todaySession: { durationMin: 60, rpe: 5 } });
    expect(r.sessionLoad).toBe(300);
    expect(r.loadRatio).toBe(4);
  });
});

describe("a quiet day", () => {
  it("says there are no strong signals", () => {
    expect(run()).toMatchObject({ verdict: "steady", reasons: ["no strong signals either way: run the plan as written"], burnoutFlag: false, wellnessIndex: 14, loadRatio: null });
  });
});

describe("easy runs getting slower (a burnout sign from training)", () => {
  // An 8 km easy run `ago` days before DAY at `secPerKm`.
  const easy = (ago: number, secPerKm: number, km = 8, type = "easy"): PastSession => ({
    date: addDays(DAY, -ago), durationMin: (secPerKm * km) / 60, rpe: 3, type, distanceM: km * 1000,
  });
  const before = [9, 12, 16, 20].map((ago) => easy(ago, 300)); // 5:00/km over the three weeks before

  it.each([
    ["the same pace", [easy(1, 300), easy(3, 300), ...before], 0],
    ["5% slower (the boundary)", [easy(1, 315), easy(3, 315), ...before], 0.05],
    ["10% faster", [easy(1, 270), easy(3, 270), ...before], -0.1],
    ["the median, so one slow hilly run decides nothing", [easy(1, 300), easy(2, 300), easy(3, 420), ...before], 0],
    ["one recent run is too few", [easy(1, 360), ...before], null],
    ["two earlier runs are too few", [easy(1, 360), easy(3, 360), easy(9, 300), easy(12, 300)], null],
    ["runs under 1 km are ignored", [easy(1, 360, 0.5), easy(3, 360, 0.5), ...before], null],
    ["runs 28+ days ago are ignored", [easy(1, 360), easy(3, 360), easy(28, 300), easy(30, 300), easy(35, 300)], null],
  ])("%s", (_label, runs, change) => {
    expect(easyPaceChange(runs.map((r) => ({ date: r.date, durationMin: r.durationMin, distanceM: r.distanceM ?? null })), DAY)).toBe(change);
  });

  it("raises the burnout flag when the body agrees today (flat, drained or stiff)", () => {
    const sessions = [easy(1, 324), easy(3, 324), ...before]; // 8% slower
    for (const today of [{ mood: 2 }, { energy: 2 }, { soreness: 6 }]) {
      const r = run({ sessions, today });
      expect(r.burnoutFlag).toBe(true);
      expect(r.verdict).toBe("reset");
      expect(r.reasons).toContain("easy runs getting slower (about 8% this week)");
    }
  });

  it("on its own it is only worth watching, not a flag", () => {
    const r = run({ sessions: [easy(1, 324), easy(3, 324), ...before] });
    expect(r).toMatchObject({ burnoutFlag: false, verdict: "steady" });
    expect(r.reasons).toContain("easy runs getting slower (about 8% this week): worth watching");
  });

  it("counts from 5% slower, not below", () => {
    expect(run({ sessions: [easy(1, 315), easy(3, 315), ...before], today: { energy: 2 } }).burnoutFlag).toBe(true);
    const under = run({ sessions: [easy(1, 312), easy(3, 312), ...before], today: { energy: 2 } });
    expect(under.burnoutFlag).toBe(false);
    expect(under.reasons.some((x) => x.includes("easy runs"))).toBe(false);
  });

  it("looks at easy runs only, and includes today's own", () => {
    const slowTempos = [easy(1, 360, 8, "tempo"), easy(3, 360, 8, "tempo"), ...before];
    expect(run({ sessions: slowTempos, today: { mood: 2 } }).burnoutFlag).toBe(false);
    const withToday = run({ sessions: [easy(2, 330), ...before], todaySession: { durationMin: 44, rpe: 3, type: "easy", distanceM: 8000 }, today: { mood: 2 } });
    expect(withToday.burnoutFlag).toBe(true);
  });
});
