import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkins, clubMembers, clubs, notifications, raceResults, recoveryBlocks, trainingSessions } from "@/db/schema";
import { addDays, weekStart, todayIn } from "@/server/domain/days";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { RACE_DEFAULT_RPE } from "@/server/domain/training/post-race";

const t = setupTestDb();

const today = () => todayIn("UTC");
const base = { type: "easy" as const, durationMin: 40, distance: 8, rpe: 4, notes: "" };

async function sessionCount(userId: string) {
  return (await t.db.select({ id: trainingSessions.id }).from(trainingSessions).where(eq(trainingSessions.userId, userId))).length;
}

describe("training sessions", () => {
  it("logs a session in the runner's units, stores metres and load = RPE x minutes", async () => {
    const me = await makeUser(t.db, { distanceUnit: "mi" });
    const { id } = await callerFor(t.db, me).training.log({ ...base, date: today(), distance: 5 });
    const [row] = await t.db.select().from(trainingSessions).where(eq(trainingSessions.id, id));
    expect(row).toMatchObject({ distanceM: 8047, durationMin: 40, rpe: 4, load: 160, source: "manual" });
    const got = await callerFor(t.db, me).training.get({ id });
    expect(got).toMatchObject({ unit: "mi", distanceM: 8047, race: null });
  });

  it.each([
    ["a negative distance", { distance: -1 }, "distance"],
    ["an absurd distance", { distance: 1500 }, "distance"],
    ["a zero duration", { durationMin: 0 }, "durationMin"],
    ["over 48 hours", { durationMin: 48 * 60 + 1 }, "durationMin"],
    ["an RPE of 11", { rpe: 11 }, "rpe"],
    ["a malformed date", { date: "2026-02-30" }, "date"],
  ])("rejects %s at its field and writes nothing", async (_label, patch, field) => {
    const me = await makeUser(t.db);
    await expectTRPCError(callerFor(t.db, me).training.log({ ...base, date: today(), ...patch }), "BAD_REQUEST", field);
    expect(await sessionCount(me.id)).toBe(0);
  });

  it("rejects a future date in the runner's own time zone", async () => {
    const me = await makeUser(t.db, { timeZone: "Pacific/Kiritimati" }); // UTC+14: their today may be UTC's tomorrow
    const theirToday = todayIn("Pacific/Kiritimati");
    await callerFor(t.db, me).training.log({ ...base, date: theirToday });
    await expectTRPCError(callerFor(t.db, me).training.log({ ...base, date: addDays(theirToday, 1) }), "BAD_REQUEST", "date");
    expect(await sessionCount(me.id)).toBe(1);
  });

  it("rejects over 1000 km when the runner uses miles", async () => {
    const me = await makeUser(t.db, { distanceUnit: "mi" });
    await expectTRPCError(callerFor(t.db, me).training.log({ ...base, date: today(), distance: 700 }), "BAD_REQUEST", "distance");
    expect(await sessionCount(me.id)).toBe(0);
  });

  it("edits and deletes only the caller's own sessions", async () => {
    const me = await makeUser(t.db);
    const other = await makeUser(t.db);
    const { id } = await callerFor(t.db, me).training.log({ ...base, date: today() });
    await expectTRPCError(callerFor(t.db, other).training.get({ id }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, other).training.update({ id, ...base, date: today(), distance: 1 }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, other).training.delete({ id }), "NOT_FOUND");
    expect((await callerFor(t.db, other).training.list({})).items).toHaveLength(0);
    const [row] = await t.db.select().from(trainingSessions).where(eq(trainingSessions.id, id));
    expect(row!.distanceM).toBe(8000);

    await callerFor(t.db, me).training.update({ id, ...base, date: today(), type: "tempo", rpe: 7, durationMin: 30 });
    expect((await callerFor(t.db, me).training.get({ id })).type).toBe("tempo");
    const [edited] = await t.db.select().from(trainingSessions).where(eq(trainingSessions.id, id));
    expect(edited!.load).toBe(210);
    await callerFor(t.db, me).training.delete({ id });
    expect(await sessionCount(me.id)).toBe(0);
  });

  it("is closed to signed-out callers", async () => {
    await expectTRPCError(callerFor(t.db, null).training.list({}), "UNAUTHORIZED");
    await expectTRPCError(callerFor(t.db, null).training.log({ ...base, date: today() }), "UNAUTHORIZED");
  });

  it("pages the log newest first without repeats", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    for (let i = 0; i < 7; i++) await caller.training.log({ ...base, date: addDays(today(), -Math.floor(i / 2)) });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof caller.training.list>> = await caller.training.list({ cursor, limit: 3 });
      seen.push(...page.items.map((s) => s.id));
      const dates = page.items.map((s) => s.date);
      expect([...dates].sort().reverse()).toEqual(dates);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    await expectTRPCError(caller.training.list({ cursor: "garbage" }), "BAD_REQUEST", "cursor");
  });

  it("shows a session logged in a check-in once, and an edit here is seen by the check-in", async () => {
    const me = await makeUser(t.db);
    const [session] = await t.db
      .insert(trainingSessions)
      .values({ userId: me.id, date: today(), type: "easy", durationMin: 30, distanceM: 5000, rpe: 3, load: 90, source: "checkin" })
      .returning();
    await t.db.insert(checkins).values({
      userId: me.id, date: today(), mood: 5, energy: 5, sleepQuality: 5, soreness: 2, stress: 2, motivation: 5, legs: "normal",
      visibility: "private", verdict: "steady", wellnessIndex: 12, sessionId: session!.id,
    });
    const list = await callerFor(t.db, me).training.list({});
    expect(list.items.map((s) => s.id)).toEqual([session!.id]);
    expect(list.items[0]!.source).toBe("checkin");
    await callerFor(t.db, me).training.update({ id: session!.id, ...base, date: today(), durationMin: 45 });
    const [linked] = await t.db
      .select({ durationMin: trainingSessions.durationMin })
      .from(checkins)
      .innerJoin(trainingSessions, eq(trainingSessions.id, checkins.sessionId))
      .where(eq(checkins.userId, me.id));
    expect(linked!.durationMin).toBe(45);
    // Its day is the check-in's day.
    await expectTRPCError(
      callerFor(t.db, me).training.update({ id: session!.id, ...base, date: addDays(today(), -1) }),
      "BAD_REQUEST",
      "date",
    );
    expect((await callerFor(t.db, me).training.get({ id: session!.id })).date).toBe(today());
  });
});

describe("GPX/TCX import", () => {
  const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../e2e/fixtures", name), "utf8");

  it.each(["easy-run.gpx", "easy-run.tcx"])("imports %s as a session on the day it started", async (name) => {
    const me = await makeUser(t.db, { timeZone: "Europe/London" });
    const result = await callerFor(t.db, me).training.importTrack({ fileName: name, content: fixture(name), type: "easy", rpe: 3 });
    expect(result).toMatchObject({ date: "2026-11-10", durationMin: 25 });
    const [row] = await t.db.select().from(trainingSessions).where(eq(trainingSessions.userId, me.id));
    expect(row).toMatchObject({ date: "2026-11-10", durationMin: 25, load: 75, source: name.endsWith(".gpx") ? "gpx" : "tcx" });
    expect(row!.distanceM).toBeGreaterThan(4990);
  });

  it("dates a track by the runner's time zone", async () => {
    const me = await makeUser(t.db, { timeZone: "America/Los_Angeles" });
    // 03:00 UTC is still the evening before in Los Angeles.
    const gpx = fixture("easy-run.gpx").replace(/2026-11-10T07:/g, "2026-11-10T03:");
    const result = await callerFor(t.db, me).training.importTrack({ fileName: "early.gpx", content: gpx, type: "easy", rpe: null });
    expect(result.date).toBe("2026-11-09");
  });

  it.each([
    ["a damaged file", () => fixture("broken.gpx"), "broken.gpx", "BAD_REQUEST"],
    ["an empty file", () => "", "empty.gpx", "BAD_REQUEST"],
    ["an oversized file", () => "x".repeat(5 * 1024 * 1024 + 1), "big.gpx", "BAD_REQUEST"],
  ])("rejects %s at the file field and writes nothing", async (_label, content, fileName, code) => {
    const me = await makeUser(t.db);
    const err = await expectTRPCError(
      callerFor(t.db, me).training.importTrack({ fileName, content: content(), type: "easy", rpe: null }),
      code as "BAD_REQUEST",
    );
    const fields = Object.keys((err.cause as { fieldErrors?: object; issues?: { path: string[] }[] }).fieldErrors ?? {});
    const issues = ((err.cause as { issues?: { path: string[] }[] }).issues ?? []).map((i) => i.path.join("."));
    expect([...fields, ...issues].some((f) => f === "file" || f === "content")).toBe(true);
    expect(await sessionCount(me.id)).toBe(0);
  });

  it("refuses a track dated in the future", async () => {
    const me = await makeUser(t.db);
    const gpx = fixture("easy-run.gpx").replace(/2026-11-10/g, "2099-11-10");
    await expectTRPCError(callerFor(t.db, me).training.importTrack({ fileName: "f.gpx", content: gpx, type: "easy", rpe: null }), "BAD_REQUEST", "file");
    expect(await sessionCount(me.id)).toBe(0);
  });
});

describe("weekly volume and the down-week suggestion", () => {
  it("shows three building weeks and suggests a down week 20-30% lower", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    const monday = weekStart(today());
    const weeks = [
      { ago: 4, km: 12 },
      { ago: 3, km: 15 },
      { ago: 2, km: 18 },
      { ago: 1, km: 23 },
    ];
    for (const w of weeks) await caller.training.log({ ...base, date: addDays(monday, -7 * w.ago + 2), distance: w.km });
    const volume = await caller.training.weekly();
    expect(volume.weeks).toHaveLength(12);
    const last4 = volume.weeks.slice(-5, -1);
    expect(last4.map((w) => w.distance)).toEqual([12, 15, 18, 23]);
    expect(last4.map((w) => w.phase)).toEqual(["build", "build", "build", "build"]);
    expect(volume.downWeekSuggestion).toMatchObject({ low: 16, high: 18, basedOn: [15, 18, 23] });
  });

  it("marks a down week and does not suggest another", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    const monday = weekStart(today());
    for (const [ago, km] of [[3, 15], [2, 18], [1, 13]] as const) {
      await caller.training.log({ ...base, date: addDays(monday, -7 * ago), distance: km });
    }
    const volume = await caller.training.weekly();
    expect(volume.weeks.at(-2)).toMatchObject({ distance: 13, downWeek: true, phase: "maintain" });
    expect(volume.downWeekSuggestion).toBeNull();
  });
});

describe("phases from recovery blocks", () => {
  it("names a week reset when a reset block covered it, and ignores cancelled blocks", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    const monday = weekStart(today());
    const [club] = await t.db.insert(clubs).values({ slug: `r-${me.id.slice(0, 8)}`, name: "Reset club" }).returning();
    await caller.training.log({ ...base, date: addDays(monday, -14), distance: 10 });
    await caller.training.log({ ...base, date: addDays(monday, -7), distance: 12 });
    await t.db.insert(recoveryBlocks).values([
      { athleteId: me.id, clubId: club!.id, name: "Down week", phase: "reset", startDate: addDays(monday, -7), endDate: addDays(monday, -1), status: "completed" },
      { athleteId: me.id, clubId: club!.id, name: "Never ran", phase: "reset", startDate: addDays(monday, -14), endDate: addDays(monday, -8), status: "cancelled" },
    ]);
    const weeks = (await caller.training.weekly()).weeks;
    expect(weeks.at(-2)!.phase).toBe("reset");
    expect(weeks.at(-3)!.phase).toBe("build");
  });
});

describe("load signals", () => {
  it("flags a 7-day load well above the 4-week average, from the caller's log only", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    for (const ago of [24, 17, 10]) await caller.training.log({ ...base, date: addDays(today(), -ago), durationMin: 30, rpe: 4 });
    for (const ago of [0, 1, 2, 3]) await caller.training.log({ ...base, date: addDays(today(), -ago), durationMin: 60, rpe: 7 });
    const signals = await caller.training.signals();
    expect(signals.acuteLoad).toBe(4 * 420);
    expect(signals.loadRatioFlag).toBe(true);
    expect((await callerFor(t.db, await makeUser(t.db)).training.signals())).toMatchObject({ acuteLoad: 0, loadRatio: null, loadRatioFlag: false });
  });
});

describe("streak", () => {
  it("counts days in a row with a session or a check-in, walks included", async () => {
    const me = await makeUser(t.db);
    const caller = callerFor(t.db, me);
    await caller.training.log({ ...base, type: "walk", distance: null, rpe: 1, date: addDays(today(), -1) });
    await caller.training.log({ ...base, date: addDays(today(), -2) });
    await t.db.insert(checkins).values({
      userId: me.id, date: addDays(today(), -3), mood: 5, energy: 5, sleepQuality: 5, soreness: 2, stress: 2, motivation: 5,
      legs: "normal", visibility: "private", verdict: "steady", wellnessIndex: 12,
    });
    const streak = await caller.training.streak();
    expect(streak).toMatchObject({ days: 3, movedToday: false });
    expect((await callerFor(t.db, await makeUser(t.db)).training.streak()).days).toBe(0);
  });
});

describe("races", () => {
  it("logs a race, proposes the post-race recovery and notifies the runner's coaches with a one-click assign link", async () => {
    const runner = await makeUser(t.db);
    const coach = await makeUser(t.db);
    const owner = await makeUser(t.db);
    const bystander = await makeUser(t.db);
    const otherClubCoach = await makeUser(t.db);
    const [club] = await t.db.insert(clubs).values({ slug: `club-${runner.id.slice(0, 8)}`, name: "Test club" }).returning();
    const [otherClub] = await t.db.insert(clubs).values({ slug: `other-${runner.id.slice(0, 8)}`, name: "Other club" }).returning();
    await t.db.insert(clubMembers).values([
      { clubId: club!.id, userId: runner.id, role: "member" },
      { clubId: club!.id, userId: coach.id, role: "coach" },
      { clubId: club!.id, userId: owner.id, role: "owner" },
      { clubId: club!.id, userId: bystander.id, role: "member" },
      { clubId: otherClub!.id, userId: otherClubCoach.id, role: "owner" },
    ]);
    const result = await callerFor(t.db, runner).training.logRace({
      date: today(), distance: "half", name: "Riverside Half", timeSec: 1 * 3600 + 52 * 60 + 10, measuredDistance: null, rpe: 9, notes: "",
    });
    expect(result).toMatchObject({ templateKey: "post-half", coachesNotified: 2 });
    expect(result.recovery.summary).toMatch(/5 to 7 days/);

    const [session] = await t.db.select().from(trainingSessions).where(eq(trainingSessions.id, result.sessionId));
    expect(session).toMatchObject({ type: "race", distanceM: 21097, durationMin: 112, load: 1008 });
    const notes = await t.db.select().from(notifications).where(eq(notifications.kind, "race.logged"));
    const mine = notes.filter((n) => [coach.id, owner.id, bystander.id, otherClubCoach.id, runner.id].includes(n.userId));
    expect(mine.map((n) => n.userId).sort()).toEqual([coach.id, owner.id].sort());
    expect(mine[0]!.href).toBe(`/clubs/${club!.slug}/assign?athletes=${runner.id}&template=post-half`);

    const races = await callerFor(t.db, runner).training.races({});
    expect(races.items).toHaveLength(1);
    expect(races.items[0]).toMatchObject({ distance: "half", name: "Riverside Half", recoveryTemplateKey: "post-half" });
    expect((await callerFor(t.db, coach).training.races({})).items).toHaveLength(0);
    // The race shows in the log as one session, with its result.
    const log = await callerFor(t.db, runner).training.list({});
    expect(log.items).toHaveLength(1);
    expect(log.items[0]!.race).toMatchObject({ distance: "half" });
  });

  it.each([
    ["a future date", { date: "2099-01-01" }, "date"],
    ["a zero time", { timeSec: 0 }, "timeSec"],
    ["an unknown distance", { distance: "mile" }, "distance"],
  ])("rejects %s and writes nothing", async (_label, patch, field) => {
    const me = await makeUser(t.db);
    const input = { date: today(), distance: "5k", name: "", timeSec: 1500, measuredDistance: null, rpe: null, notes: "", ...patch };
    await expectTRPCError(callerFor(t.db, me).training.logRace(input as never), "BAD_REQUEST", field);
    expect(await sessionCount(me.id)).toBe(0);
    expect(await t.db.select().from(raceResults).where(and(eq(raceResults.userId, me.id)))).toHaveLength(0);
  });

  it("keeps an unrated race's load when the race is edited, so the 7:28 ratio still sees it", async () => {
    const me = await makeUser(t.db);
    const { sessionId } = await callerFor(t.db, me).training.logRace({
      date: today(), distance: "10k", name: "", timeSec: 50 * 60, measuredDistance: null, rpe: null, notes: "",
    });
    await callerFor(t.db, me).training.update({
      id: sessionId, date: today(), type: "race", durationMin: 52, distance: 10, rpe: null, notes: "windy",
    });
    const [session] = await t.db.select().from(trainingSessions).where(eq(trainingSessions.id, sessionId));
    expect(session).toMatchObject({ durationMin: 52, rpe: null, load: RACE_DEFAULT_RPE["10k"] * 52 });
  });
});
