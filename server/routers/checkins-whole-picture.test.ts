import { describe, expect, it } from "vitest";
import type { RaceInput } from "@/contract/training";
import { blockDays, clubMembers, dailyReadings, recoveryBlocks } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { RACE_DEFAULT_RPE } from "@/server/domain/training/post-race";
import { RACE_RECOVERY_DAYS } from "@/server/domain/training/race-window";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { makeClub } from "@/server/test/club-fixtures";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

// The check-in verdict through the caller, seeing races, blocks, coaches and the watch's readings.
const t = setupTestDb();
const today = () => todayIn("UTC");
// Everything a push needs.
const great = { mood: 7, energy: 7, sleepQuality: 7, soreness: 1, stress: 1, motivation: 7, legs: "responsive", easyHeartRate: "lower", warmupFeel: "smooth" } as const;
const race = (over: Partial<RaceInput>): RaceInput => ({
  date: today(), distance: "marathon", name: "", timeSec: 4 * 3600, measuredDistance: null, rpe: null, notes: "", notifyCoaches: false, ...over,
});

describe("a race shapes the days after it", () => {
  it("feeling great 4 days after a marathon: hold back, the marathon named first, no running today", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    await caller.training.logRace(race({ date: addDays(today(), -4) }));
    const saved = await caller.checkins.save(checkinInput(great));
    expect(saved.verdict).toBe("hold_back");
    expect(saved.reasons[0]).toBe("4 days after your marathon: recovery comes first");
    expect(saved.advice).toContain("No running today");
  });

  it("on race day itself, and in the easy part never push", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    await caller.training.logRace(race({ distance: "half", timeSec: 6000 }));
    const raceDay = await caller.checkins.save(checkinInput(great));
    expect(raceDay.verdict).toBe("hold_back");
    expect(raceDay.reasons[0]).toBe("race day: your half marathon: recovery comes first");

    const other = await makeUser(t.db);
    const easyDay = RACE_RECOVERY_DAYS.half.noRunning + 1;
    await callerFor(t.db, other).training.logRace(race({ distance: "half", timeSec: 6000, date: addDays(today(), -easyDay) }));
    const easy = await callerFor(t.db, other).checkins.save(checkinInput(great));
    expect(easy.verdict).not.toBe("push");
    expect(easy.reasons[0]).toBe(`${easyDay} days after your half marathon: easy running only while you recover`);
  });

  it("counts a race without an effort rating at the distance's default effort", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    await caller.training.logRace(race({ timeSec: 4 * 3600 }));
    expect((await caller.training.signals()).acuteLoad).toBe(RACE_DEFAULT_RPE.marathon * 240);
    const rated = await makeUser(t.db);
    await callerFor(t.db, rated).training.logRace(race({ timeSec: 4 * 3600, rpe: 10 }));
    expect((await callerFor(t.db, rated).training.signals()).acuteLoad).toBe(2400);
  });

  it("is the runner's own: another runner's race changes nothing", async () => {
    const racer = await makeUser(t.db);
    await callerFor(t.db, racer).training.logRace(race({}));
    const me = await makeUser(t.db);
    const saved = await callerFor(t.db, me).checkins.save(checkinInput(great));
    expect(saved.reasons.some((r) => r.includes("marathon"))).toBe(false);
  });
});

describe("the verdict and the plan agree", () => {
  async function blockWithDayToday(athleteId: string, kind: "rest" | "walk" | "easy_run", clubId: string | null = null) {
    const [block] = await t.db
      .insert(recoveryBlocks)
      .values({ athleteId, clubId, selfStarted: clubId === null, name: "Recovery", phase: "reset", startDate: addDays(today(), -1), endDate: addDays(today(), 2) })
      .returning();
    await t.db.insert(blockDays).values({ blockId: block!.id, athleteId, date: today(), dayIndex: 1, kind });
  }

  it("a rest day in the block: follow the block, never push", async () => {
    const me = await makeUser(t.db);
    await blockWithDayToday(me.id, "rest");
    const saved = await callerFor(t.db, me).checkins.save(checkinInput(great));
    expect(saved.verdict).toBe("steady");
    expect(saved.reasons[0]).toBe("your block says rest day today: follow the block");
    expect(saved.advice).toBe("Follow your block today: Rest day, no running.");
    expect(saved.support).toBe("block");
  });

  const slump = { mood: 1, energy: 2, sleepQuality: 1, stress: 7, motivation: 1, legs: "heavy", easyEffortHarder: true } as const;
  async function slumpedThreeDays(userId: string) {
    const caller = callerFor(t.db, { id: userId });
    await caller.checkins.save(checkinInput({ ...slump, date: addDays(today(), -2) }));
    await caller.checkins.save(checkinInput({ ...slump, date: addDays(today(), -1) }));
    return caller.checkins.save(checkinInput(slump));
  }

  it("a reset without a coach points to starting one yourself; with a coach, to the coach; on a block, to the block", async () => {
    const alone = await makeUser(t.db);
    const solo = await slumpedThreeDays(alone.id);
    expect(solo).toMatchObject({ verdict: "reset", support: "self", advice: "Step back now. You can start a reset yourself from Today." });

    const coach = await makeUser(t.db);
    const club = await makeClub(t.db, [{ userId: coach.id, role: "owner" }]);
    const coached = await makeUser(t.db);
    await t.db.insert(clubMembers).values({ clubId: club.id, userId: coached.id, role: "member", status: "active" });
    expect(await slumpedThreeDays(coached.id)).toMatchObject({ verdict: "reset", support: "coach", advice: null });

    const onBlock = await makeUser(t.db);
    await t.db.insert(clubMembers).values({ clubId: club.id, userId: onBlock.id, role: "member", status: "active" });
    await blockWithDayToday(onBlock.id, "easy_run", club.id);
    const r = await slumpedThreeDays(onBlock.id);
    expect(r).toMatchObject({ verdict: "reset", support: "block" });
    expect(r.advice).toBe("Step back now: keep to your block, and tell your coach how you're feeling.");
  });

  it("a pending membership is no coach", async () => {
    const coach = await makeUser(t.db);
    const club = await makeClub(t.db, [{ userId: coach.id, role: "owner" }]);
    const me = await makeUser(t.db);
    await t.db.insert(clubMembers).values({ clubId: club.id, userId: me.id, role: "member", status: "pending" });
    expect((await slumpedThreeDays(me.id)).support).toBe("self");
  });
});

describe("resting heart rate against the runner's own baseline", () => {
  it("prefers the check-in's reading over the watch's on a day with both, and names the numbers", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    // The watch read 50 on each of the 7 days before; on 4 of them the runner's check-in said 60.
    await t.db.insert(dailyReadings).values(Array.from({ length: 7 }, (_, i) => ({ userId: me.id, date: addDays(today(), -(i + 1)), restingHr: 50 })));
    for (const ago of [1, 2, 3, 4]) await caller.checkins.save(checkinInput({ date: addDays(today(), -ago), restingHr: 60 }));
    const saved = await caller.checkins.save(checkinInput({ restingHr: 67, legs: "heavy" }));
    expect(saved.reasons).toContain("resting heart rate 67, 7 above your usual 60");
    expect(saved.verdict).toBe("hold_back");
    const lower = await caller.checkins.save(checkinInput({ restingHr: 66, legs: "heavy" }));
    expect(lower.reasons.some((r) => r.startsWith("resting heart rate"))).toBe(false);
  });

  it("reads today's value from the watch when the check-in has none, and needs 7 earlier readings", async () => {
    const me = await makeUser(t.db);
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ userId: me.id, date: addDays(today(), -(i + 1)), restingHr: 54 }));
    await t.db.insert(dailyReadings).values([...rows(6), { userId: me.id, date: today(), restingHr: 70 }]);
    const caller = callerFor(t.db, me);
    expect((await caller.checkins.save(checkinInput())).reasons.some((r) => r.startsWith("resting heart rate"))).toBe(false);
    await t.db.insert(dailyReadings).values({ userId: me.id, date: addDays(today(), -7), restingHr: 54 });
    expect((await caller.checkins.save(checkinInput())).reasons).toContain("resting heart rate 70, 16 above your usual 54");
  });

  it("never reads another runner's readings", async () => {
    const other = await makeUser(t.db);
    await t.db.insert(dailyReadings).values(Array.from({ length: 10 }, (_, i) => ({ userId: other.id, date: addDays(today(), -(i + 1)), restingHr: 40 })));
    const me = await makeUser(t.db);
    expect((await callerFor(t.db, me).checkins.save(checkinInput({ restingHr: 70 }))).reasons.some((r) => r.startsWith("resting"))).toBe(false);
  });
});

describe("Foster's monotony and strain on Training", () => {
  it("flags a week of the same hard session every day, and never changes the verdict for it", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    const loads = [60, 60, 60, 60, 60, 55, 65];
    for (const [i, minutes] of loads.entries()) {
      await caller.training.log({ date: addDays(today(), -i), type: "easy", durationMin: minutes, distance: null, rpe: 7, notes: "" });
    }
    const signals = await caller.training.signals();
    expect(signals.weeklyLoad).toBe(7 * 420);
    expect(signals.monotonyFlag).toBe(true);
    expect(signals.monotony).toBeGreaterThan(signals.thresholds.monotony);
    expect(signals.strain).toBe(Math.round(signals.weeklyLoad * signals.monotony!));
    expect(signals.strain).toBeGreaterThan(signals.thresholds.strain);
    expect(signals.strainFlag).toBe(true);
    const fresh = await callerFor(t.db, await makeUser(t.db)).training.signals();
    expect(fresh).toMatchObject({ weeklyLoad: 0, monotony: null, strain: null, monotonyFlag: false, strainFlag: false });
  });
});
