import { describe, expect, it } from "vitest";
import type { RaceDistance } from "@/contract/values";
import { raceResults, trainingSessions } from "@/db/schema";
import { addDays } from "@/server/domain/days";
import { makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { getCurrentRaceWindow, LONGEST_RACE_WINDOW_DAYS, RACE_RECOVERY_DAYS, raceDayWords, raceWindow } from "./race-window";

// A fixed race day: the rule is plain day arithmetic, so any day works (the real today is never used).
const RACE = "2026-11-28";

describe("raceWindow: the first and last days of each part, per distance", () => {
  const distances = Object.keys(RACE_RECOVERY_DAYS) as RaceDistance[];
  it.each(distances)("%s", (distance) => {
    const { noRunning, easy } = RACE_RECOVERY_DAYS[distance];
    const race = { distance, date: RACE };
    expect(raceWindow(race, addDays(RACE, -1))).toBeNull();
    expect(raceWindow(race, RACE)).toMatchObject({ dayNumber: 0, part: "no_running" });
    expect(raceWindow(race, addDays(RACE, 1))).toMatchObject({ dayNumber: 1, part: "no_running" });
    expect(raceWindow(race, addDays(RACE, noRunning))).toMatchObject({ dayNumber: noRunning, part: "no_running" });
    expect(raceWindow(race, addDays(RACE, noRunning + 1))).toMatchObject({ dayNumber: noRunning + 1, part: "easy" });
    expect(raceWindow(race, addDays(RACE, noRunning + easy))).toMatchObject({ part: "easy" });
    expect(raceWindow(race, addDays(RACE, noRunning + easy + 1))).toBeNull();
    expect(raceWindow(race, RACE)).toEqual({
      dayNumber: 0,
      part: "no_running",
      startsOn: addDays(RACE, 1),
      noRunningUntil: addDays(RACE, noRunning),
      easyUntil: addDays(RACE, noRunning + easy),
      endsOn: addDays(RACE, noRunning + easy),
    });
  });

  it("keeps DESIGN.md's ranges", () => {
    for (const d of ["marathon", "ultra"] as const) {
      expect(RACE_RECOVERY_DAYS[d].noRunning).toBeGreaterThanOrEqual(7);
      expect(RACE_RECOVERY_DAYS[d].noRunning).toBeLessThanOrEqual(14);
      expect(RACE_RECOVERY_DAYS[d].easy).toBeGreaterThanOrEqual(7);
      expect(RACE_RECOVERY_DAYS[d].easy).toBeLessThanOrEqual(14);
    }
    expect(RACE_RECOVERY_DAYS.half.noRunning).toBeGreaterThanOrEqual(5);
    expect(RACE_RECOVERY_DAYS.half.noRunning).toBeLessThanOrEqual(7);
    expect(RACE_RECOVERY_DAYS["10k"].noRunning).toBeLessThan(RACE_RECOVERY_DAYS.half.noRunning);
    expect(LONGEST_RACE_WINDOW_DAYS).toBe(RACE_RECOVERY_DAYS.marathon.noRunning + RACE_RECOVERY_DAYS.marathon.easy);
  });

  it("works across a month and a year end", () => {
    expect(raceWindow({ distance: "marathon", date: "2026-12-27" }, "2027-01-06")).toMatchObject({
      dayNumber: 10,
      part: "no_running",
      startsOn: "2026-12-28",
      noRunningUntil: "2027-01-06",
    });
  });

  it.each([
    [0, "marathon", "race day: your marathon"],
    [1, "half", "1 day after your half marathon"],
    [4, "marathon", "4 days after your marathon"],
    [2, "10k", "2 days after your 10K"],
  ] as const)("day %i after a %s reads %j", (day, distance, words) => {
    expect(raceDayWords({ distance }, day)).toBe(words);
  });
});

describe("getCurrentRaceWindow", () => {
  const t = setupTestDb();

  async function logRace(userId: string, distance: RaceDistance, date: string) {
    const [s] = await t.db
      .insert(trainingSessions)
      .values({ userId, date, type: "race", durationMin: 60, source: "manual" })
      .returning({ id: trainingSessions.id });
    await t.db.insert(raceResults).values({ userId, sessionId: s!.id, distance, date, timeSec: 3600, recoveryTemplateKey: "x" });
  }

  it("finds the latest race still covering the day, and only the runner's own", async () => {
    const runner = await makeUser(t.db);
    const other = await makeUser(t.db);
    const today = "2026-11-20";
    expect(await getCurrentRaceWindow(t.db, runner.id, today)).toBeNull();

    await logRace(other.id, "marathon", addDays(today, -2));
    expect(await getCurrentRaceWindow(t.db, runner.id, today)).toBeNull();

    await logRace(runner.id, "marathon", addDays(today, -4));
    expect(await getCurrentRaceWindow(t.db, runner.id, today)).toMatchObject({
      dayNumber: 4,
      part: "no_running",
      race: { distance: "marathon", date: addDays(today, -4), templateKey: "post-marathon" },
    });

    // A 5K whose window is over doesn't hide the marathon's; a later one that still covers today is the latest.
    await logRace(runner.id, "5k", addDays(today, -1));
    expect(await getCurrentRaceWindow(t.db, runner.id, today)).toMatchObject({ dayNumber: 1, race: { distance: "5k" } });
    expect(await getCurrentRaceWindow(t.db, runner.id, addDays(today, 5))).toMatchObject({ dayNumber: 9, race: { distance: "marathon" } });
  });

  it("is null the day after the window ends and for a race logged after the day", async () => {
    const runner = await makeUser(t.db);
    await logRace(runner.id, "half", "2026-11-01");
    const { noRunning, easy } = RACE_RECOVERY_DAYS.half;
    expect(await getCurrentRaceWindow(t.db, runner.id, addDays("2026-11-01", noRunning + easy))).toMatchObject({ part: "easy" });
    expect(await getCurrentRaceWindow(t.db, runner.id, addDays("2026-11-01", noRunning + easy + 1))).toBeNull();
    expect(await getCurrentRaceWindow(t.db, runner.id, "2026-10-31")).toBeNull();
  });
});
