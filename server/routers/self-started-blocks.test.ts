// Issue 12: a runner starts a suggested reset themselves. The block is the same as a coach's (template, days,
// down-week target), marked self-started; the coaches of the clubs where the runner is an active member see it on the
// dashboard and may adjust it, and nobody else can reach it.
import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { blockDays, clubMembers, recoveryBlocks, trainingSessions } from "@/db/schema";
import { addDays, todayIn, weekStart } from "@/server/domain/days";
import { BUILT_IN_TEMPLATES, ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import { makeClub, makeClubCast, type ClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
type User = Awaited<ReturnType<typeof makeUser>>;
let cast: ClubCast;
let formerBlockId: string;

const todayOf = (u: User) => todayIn(u.timeZone);
const start = (u: User, template: string, over: Record<string, unknown> = {}) =>
  callerFor(t.db, u).blocks.startOwn({ template: template as "down-week", startDate: todayOf(u), ...over });

async function blocksOf(u: User) {
  return t.db.select().from(recoveryBlocks).where(eq(recoveryBlocks.athleteId, u.id));
}

async function dashboardRow(coach: User, clubId: string, athlete: User) {
  const { rows } = await callerFor(t.db, coach).dashboard.athletes({ clubId, limit: 50 });
  return rows.find((r) => r.athleteId === athlete.id) ?? null;
}

beforeAll(async () => {
  await ensureBuiltInTemplates(t.db);
  cast = await makeClubCast(t.db, {
    // While still in the club, the former member starts their own reset; then they leave.
    beforeLeaving: async (c) => {
      formerBlockId = (await callerFor(t.db, c.formerMember).blocks.startOwn({ template: "slump-reset", startDate: todayIn(c.formerMember.timeZone) })).blockId;
    },
  });
}, 60_000);

describe("a runner with no club and no coach", () => {
  it("starts a down week and gets the whole Today experience: the block's days, and marking today", async () => {
    const solo = await makeUser(t.db, { timeZone: "Pacific/Auckland" });
    const { blockId, replacedBlockId } = await start(solo, "down-week", { reason: "Three building weeks" });
    expect(replacedBlockId).toBeNull();
    const [row] = await blocksOf(solo);
    expect(row).toMatchObject({ id: blockId, clubId: null, coachId: null, selfStarted: true, status: "active", reason: "Three building weeks" });

    const { block } = await callerFor(t.db, solo).blocks.today();
    const template = BUILT_IN_TEMPLATES.find((x) => x.key === "down-week")!;
    expect(block).toMatchObject({ id: blockId, name: template.name, selfStarted: true, clubName: null, coachName: null, dayNumber: 1 });
    expect(block!.days.map((d) => d.kind)).toEqual(template.days.map((d) => d.kind));
    expect(block!.endDate).toBe(addDays(todayOf(solo), template.days.length - 1));

    const marked = await callerFor(t.db, solo).blocks.markDay({ dayId: block!.todayDay!.id, status: "done", note: "Easy and short", feel: 4 });
    expect(marked.status).toBe("done");
    const history = await callerFor(t.db, solo).blocks.history({});
    expect(history.items[0]).toMatchObject({ id: blockId, selfStarted: true, clubName: null, done: 1 });
  });

  it("gets the same down-week target a coach's assignment would give", async () => {
    const [solo, twin, coach] = await Promise.all([makeUser(t.db), makeUser(t.db), makeUser(t.db)]);
    const club = await makeClub(t.db, [{ userId: coach.id, role: "owner" }, { userId: twin.id }]);
    // The same three complete weeks for both: 20, 25 and 30 km.
    const monday = weekStart(todayOf(solo));
    for (const u of [solo, twin]) {
      await t.db.insert(trainingSessions).values(
        [20, 25, 30].map((km, i) => ({ userId: u.id, date: addDays(monday, -7 * (3 - i)), type: "easy" as const, durationMin: 60, distanceM: km * 1000 })),
      );
    }
    const mine = await start(solo, "down-week");
    const assigned = await callerFor(t.db, coach).blocks.assign({
      clubId: club.id, athleteIds: [twin.id], template: "down-week", startDate: todayOf(twin), note: "", reason: "",
    });
    const [own] = await t.db.select().from(recoveryBlocks).where(eq(recoveryBlocks.id, mine.blockId));
    const [coachs] = await t.db.select().from(recoveryBlocks).where(eq(recoveryBlocks.id, assigned.created[0]!.blockId));
    expect(own!.baselineWeeklyM).toBe(25000);
    expect(own!.targetWeeklyM).not.toBeNull();
    expect([own!.baselineWeeklyM, own!.targetWeeklyM, own!.dayCount]).toEqual([coachs!.baselineWeeklyM, coachs!.targetWeeklyM, coachs!.dayCount]);
  });

  it("writes once: the same idempotency key twice gives the first answer and one block", async () => {
    const solo = await makeUser(t.db);
    const idempotencyKey = randomUUID();
    const first = await start(solo, "slump-reset", { idempotencyKey });
    const second = await start(solo, "slump-reset", { idempotencyKey });
    expect(second).toEqual(first);
    expect(await blocksOf(solo)).toHaveLength(1);
  });

  it.each([
    ["an unknown template", { template: "marathon-now" }, "template"],
    ["a start far in the past", { startDate: "past" }, "startDate"],
    ["a start more than a year ahead", { startDate: "future" }, "startDate"],
    ["an impossible date", { startDate: "2026-02-30" }, "startDate"],
    ["a reason that is too long", { reason: "x".repeat(301) }, "reason"],
  ] as [string, { template?: string; startDate?: string; reason?: string }, string][])("refuses %s at its field and writes nothing", async (_label, over, field) => {
    const solo = await makeUser(t.db);
    const today = todayOf(solo);
    const startDate = over.startDate === "past" ? addDays(today, -30) : over.startDate === "future" ? addDays(today, 400) : (over.startDate ?? today);
    await expectTRPCError(start(solo, over.template ?? "down-week", { ...over, startDate }), "BAD_REQUEST", field);
    expect(await blocksOf(solo)).toHaveLength(0);
  });

  it("is refused signed out", async () => {
    await expectTRPCError(callerFor(t.db, null).blocks.startOwn({ template: "down-week", startDate: todayIn("UTC") }), "UNAUTHORIZED");
  });
});

describe("starting while a block is active", () => {
  it("replaces the runner's own self-started block only when they choose to", async () => {
    const solo = await makeUser(t.db);
    const first = await start(solo, "slump-reset");
    await expectTRPCError(start(solo, "down-week"), "CONFLICT", "replaceOwn");
    expect((await blocksOf(solo)).map((b) => [b.id, b.status])).toEqual([[first.blockId, "active"]]);

    const second = await start(solo, "down-week", { replaceOwn: true });
    expect(second.replacedBlockId).toBe(first.blockId);
    const rows = await blocksOf(solo);
    expect(rows.find((b) => b.id === first.blockId)!.status).toBe("replaced");
    expect(rows.find((b) => b.id === second.blockId)!.status).toBe("active");
  });

  it("never replaces a coach's block, and says it is the coach's", async () => {
    const [runner, coach] = await Promise.all([makeUser(t.db), makeUser(t.db)]);
    const club = await makeClub(t.db, [{ userId: coach.id, role: "owner" }, { userId: runner.id }], { name: "Harbour Harriers" });
    const assigned = await callerFor(t.db, coach).blocks.assign({
      clubId: club.id, athleteIds: [runner.id], template: "down-week", startDate: todayOf(runner), note: "", reason: "",
    });
    const error = await expectTRPCError(start(runner, "slump-reset", { replaceOwn: true }), "CONFLICT");
    expect(error.message).toContain("Only your coach can change or end it");
    expect(error.message).toContain("Harbour Harriers");
    expect((await blocksOf(runner)).map((b) => [b.id, b.status])).toEqual([[assigned.created[0]!.blockId, "active"]]);
  });

  it("a finished self-started block is no obstacle", async () => {
    const solo = await makeUser(t.db);
    const old = await start(solo, "post-10k-5k", { startDate: addDays(todayOf(solo), -7) });
    const fresh = await start(solo, "down-week");
    expect(fresh.replacedBlockId).toBeNull();
    const rows = await blocksOf(solo);
    expect(rows.find((b) => b.id === old.blockId)!.status).toBe("completed");
  });

  it("any of the runner's coaches may replace a self-started block with their own", async () => {
    const runner = await makeUser(t.db);
    await t.db.insert(clubMembers).values({ clubId: cast.otherClub.id, userId: runner.id, role: "member", status: "active" });
    const own = await start(runner, "slump-reset");
    await expectTRPCError(
      callerFor(t.db, cast.otherCoach).blocks.assign({ clubId: cast.otherClub.id, athleteIds: [runner.id], template: "down-week", startDate: todayOf(runner), note: "", reason: "" }),
      "CONFLICT",
      "onExisting",
    );
    const assigned = await callerFor(t.db, cast.otherCoach).blocks.assign({
      clubId: cast.otherClub.id, athleteIds: [runner.id], template: "down-week", startDate: todayOf(runner), note: "", reason: "", onExisting: "replace",
    });
    expect(assigned.replaced).toEqual([runner.id]);
    const rows = await blocksOf(runner);
    expect(rows.find((b) => b.id === own.blockId)!.status).toBe("replaced");
  });
});

describe("who sees a self-started block and who may adjust it", () => {
  let blockId: string;
  let laterDayId: string;
  beforeAll(async () => {
    blockId = (await start(cast.member, "post-half")).blockId;
    const { block } = await callerFor(t.db, cast.member).blocks.today();
    laterDayId = block!.days.find((d) => d.date > todayOf(cast.member))!.id;
  });

  it("the club's coaches see it on the dashboard, marked self-started, with 'view or adjust' as the action", async () => {
    for (const coach of [cast.coach, cast.owner]) {
      const row = await dashboardRow(coach, cast.club.id, cast.member);
      expect(row!.block).toMatchObject({ id: blockId, selfStarted: true, name: "After a half marathon" });
    }
    const block = await callerFor(t.db, cast.coach).blocks.byId({ clubId: cast.club.id, blockId });
    expect(block).toMatchObject({ id: blockId, selfStarted: true, athleteName: cast.member.name });
    // The assign picker says they are on a block, so the coach is asked to replace or keep it.
    const picker = await callerFor(t.db, cast.coach).blocks.assignable({ clubId: cast.club.id, ids: [cast.member.id] });
    expect(picker.find((a) => a.id === cast.member.id)).toMatchObject({ onBlock: true });
    // Another club's coach, where the runner is a member too, would see it the same way; here they are not.
    const elsewhere = await callerFor(t.db, cast.otherCoach).blocks.assignable({ clubId: cast.otherClub.id, ids: [cast.member.id] });
    expect(elsewhere.map((a) => a.id)).not.toContain(cast.member.id);
  });

  it("the club's coach adjusts it: edits a day, extends it, ends it early", async () => {
    const api = callerFor(t.db, cast.coach);
    const day = await api.blocks.updateDay({ clubId: cast.club.id, dayId: laterDayId, kind: "walk", minutes: 15, notes: "Shorter walk" });
    expect(day).toMatchObject({ kind: "walk", minutes: 15, notes: "Shorter walk" });
    const before = (await api.blocks.byId({ clubId: cast.club.id, blockId })).endDate;
    const { endDate } = await api.blocks.extend({ clubId: cast.club.id, blockId, days: 2 });
    expect(endDate).toBe(addDays(before, 2));
    // The runner sees the coach's change on Today.
    const { block } = await callerFor(t.db, cast.member).blocks.today();
    expect(block!.days.find((d) => d.id === laterDayId)).toMatchObject({ kind: "walk", minutes: 15 });
    expect(block!.endDate).toBe(endDate);
  });

  it("nobody else reaches it: other clubs' coaches, clubmates, strangers, former coaches, signed out", async () => {
    const mate = await makeUser(t.db);
    await t.db.insert(clubMembers).values({ clubId: cast.club.id, userId: mate.id, role: "member", status: "active" });
    const before = await t.db.select({ n: count() }).from(blockDays).where(eq(blockDays.blockId, blockId));
    // Another club's coach, in their own club (the runner is not a member there) or in this one (not theirs).
    await expectTRPCError(callerFor(t.db, cast.otherCoach).blocks.byId({ clubId: cast.otherClub.id, blockId }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, cast.otherCoach).blocks.extend({ clubId: cast.otherClub.id, blockId, days: 1 }), "NOT_FOUND");
    await expectTRPCError(
      callerFor(t.db, cast.otherCoach).blocks.updateDay({ clubId: cast.otherClub.id, dayId: laterDayId, kind: "rest", notes: "" }),
      "NOT_FOUND",
    );
    expect((await callerFor(t.db, cast.otherCoach).dashboard.athletes({ clubId: cast.otherClub.id, limit: 50 })).rows.map((r) => r.athleteId)).not.toContain(cast.member.id);
    await expectTRPCError(callerFor(t.db, cast.otherCoach).blocks.byId({ clubId: cast.club.id, blockId }), "NOT_FOUND");
    // A clubmate is a member, not a coach.
    await expectTRPCError(callerFor(t.db, mate).blocks.byId({ clubId: cast.club.id, blockId }), "FORBIDDEN");
    await expectTRPCError(callerFor(t.db, mate).blocks.endEarly({ clubId: cast.club.id, blockId }), "FORBIDDEN");
    for (const outsider of [cast.stranger, cast.formerCoach]) {
      await expectTRPCError(callerFor(t.db, outsider).blocks.byId({ clubId: cast.club.id, blockId }), "NOT_FOUND");
      await expectTRPCError(callerFor(t.db, outsider).blocks.cancel({ clubId: cast.club.id, blockId }), "NOT_FOUND");
    }
    await expectTRPCError(callerFor(t.db, null).blocks.byId({ clubId: cast.club.id, blockId }), "UNAUTHORIZED");
    // And the runner's Today belongs to them alone: marking their day is refused to everyone else.
    await expectTRPCError(callerFor(t.db, cast.coach).blocks.markDay({ dayId: laterDayId, status: "done", note: "" }), "NOT_FOUND");
    const after = await t.db.select({ n: count() }).from(blockDays).where(eq(blockDays.blockId, blockId));
    expect(after).toEqual(before);
    const [row] = await t.db.select().from(recoveryBlocks).where(eq(recoveryBlocks.id, blockId));
    expect(row!.status).toBe("active");
  });

  it("a runner in two clubs: both clubs' coaches see the same self-started block", async () => {
    const runner = await makeUser(t.db);
    await t.db.insert(clubMembers).values([
      { clubId: cast.club.id, userId: runner.id, role: "member", status: "active" },
      { clubId: cast.otherClub.id, userId: runner.id, role: "member", status: "active" },
    ]);
    const { blockId: own } = await start(runner, "slump-reset");
    expect((await dashboardRow(cast.coach, cast.club.id, runner))!.block).toMatchObject({ id: own, selfStarted: true });
    expect((await dashboardRow(cast.otherCoach, cast.otherClub.id, runner))!.block).toMatchObject({ id: own, selfStarted: true });
    await expect(callerFor(t.db, cast.otherCoach).blocks.byId({ clubId: cast.otherClub.id, blockId: own })).resolves.toMatchObject({ id: own });
  });

  it("once the runner has left the club, its coaches no longer see or touch their self-started block", async () => {
    expect(await dashboardRow(cast.coach, cast.club.id, cast.formerMember)).toBeNull();
    await expectTRPCError(callerFor(t.db, cast.coach).blocks.byId({ clubId: cast.club.id, blockId: formerBlockId }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, cast.coach).blocks.endEarly({ clubId: cast.club.id, blockId: formerBlockId }), "NOT_FOUND");
    // Leaving ends only the club's blocks; the runner's own reset carries on.
    const [row] = await t.db.select().from(recoveryBlocks).where(and(eq(recoveryBlocks.id, formerBlockId)));
    expect(row!.status).toBe("active");
  });

  it("the coach ends it early, and the runner is told", async () => {
    const ended = await callerFor(t.db, cast.coach).blocks.endEarly({ clubId: cast.club.id, blockId });
    expect(ended.status).toBe("ended_early");
    expect((await callerFor(t.db, cast.member).blocks.today()).block).toBeNull();
    const row = await dashboardRow(cast.coach, cast.club.id, cast.member);
    expect(row!.block).toBeNull();
  });
});

describe("suggestions a runner can start", () => {
  it("after a half marathon yesterday: the half's recovery, from today, naming the race", async () => {
    const runner = await makeUser(t.db, { timeZone: "America/Los_Angeles" });
    const today = todayOf(runner);
    await callerFor(t.db, runner).training.logRace({
      date: addDays(today, -1), distance: "half", name: "Riverside Half", timeSec: 6300, measuredDistance: null, rpe: 8, notes: "", notifyCoaches: false,
    });
    const { suggestions, raceWindow } = await callerFor(t.db, runner).blocks.suggestions();
    expect(raceWindow).toMatchObject({ dayNumber: 1, part: "no_running" });
    expect(suggestions[0]).toMatchObject({ template: "post-half", startDate: today });
    expect(suggestions[0]!.why).toContain("5 to 7 days with no running");
    expect(suggestions.map((s) => s.template)).not.toContain("down-week");
  });

  it("on a coach's block, nothing is suggested on top of it; on their own, it isn't suggested again", async () => {
    const [runner, coach] = await Promise.all([makeUser(t.db), makeUser(t.db)]);
    const club = await makeClub(t.db, [{ userId: coach.id, role: "owner" }, { userId: runner.id }]);
    const today = todayOf(runner);
    await callerFor(t.db, runner).training.logRace({
      date: addDays(today, -1), distance: "10k", name: "", timeSec: 2700, measuredDistance: null, rpe: null, notes: "", notifyCoaches: false,
    });
    expect((await callerFor(t.db, runner).blocks.suggestions()).suggestions.map((s) => s.template)).toEqual(["post-10k-5k"]);
    await start(runner, "post-10k-5k");
    expect((await callerFor(t.db, runner).blocks.suggestions()).suggestions).toEqual([]);
    await callerFor(t.db, coach).blocks.assign({
      clubId: club.id, athleteIds: [runner.id], template: "slump-reset", startDate: today, note: "", reason: "", onExisting: "replace",
    });
    const after = await callerFor(t.db, runner).blocks.suggestions();
    expect(after).toMatchObject({ onCoachBlock: true, suggestions: [] });
    // The race window itself still shows: Today tells the runner where they are.
    expect(after.raceWindow).toMatchObject({ dayNumber: 1 });
  });

  it("the dashboard offers the race's recovery after a race, and the block once one is current", async () => {
    const [runner, coach] = await Promise.all([makeUser(t.db), makeUser(t.db)]);
    const club = await makeClub(t.db, [{ userId: coach.id, role: "owner" }, { userId: runner.id }]);
    const today = todayOf(runner);
    await callerFor(t.db, runner).training.logRace({
      date: addDays(today, -2), distance: "marathon", name: "City Marathon", timeSec: 14400, measuredDistance: null, rpe: 9, notes: "", notifyCoaches: true,
    });
    expect(await dashboardRow(coach, club.id, runner)).toMatchObject({ block: null, suggestedTemplate: "post-marathon", race: { distance: "marathon", dayNumber: 2 } });
    // A later race the runner kept from their coaches stays out of the coach's view.
    await callerFor(t.db, runner).training.logRace({
      date: addDays(today, -1), distance: "5k", name: "Quiet parkrun", timeSec: 1500, measuredDistance: null, rpe: null, notes: "", notifyCoaches: false,
    });
    expect(await dashboardRow(coach, club.id, runner)).toMatchObject({ suggestedTemplate: "post-marathon", race: { distance: "marathon" } });
    // A newer race already recovered from doesn't hide an older one still in its window.
    const other = await makeUser(t.db);
    await t.db.insert(clubMembers).values({ clubId: club.id, userId: other.id, role: "member", status: "active" });
    const theirToday = todayOf(other);
    for (const [daysAgo, distance] of [[10, "marathon"], [6, "5k"]] as const) {
      await callerFor(t.db, other).training.logRace({
        date: addDays(theirToday, -daysAgo), distance, name: "", timeSec: distance === "5k" ? 1300 : 14000, measuredDistance: null, rpe: 8, notes: "", notifyCoaches: true,
      });
    }
    expect(await dashboardRow(coach, club.id, other)).toMatchObject({ suggestedTemplate: "post-marathon", race: { distance: "marathon", dayNumber: 10 } });
    const { blockId } = await start(runner, "post-marathon", { startDate: addDays(today, -1) });
    const row = await dashboardRow(coach, club.id, runner);
    expect(row!.block).toMatchObject({ id: blockId, selfStarted: true });
  });

  it("a new runner with no training and no check-ins gets no suggestion", async () => {
    const fresh = await makeUser(t.db);
    expect((await callerFor(t.db, fresh).blocks.suggestions()).suggestions).toEqual([]);
  });
});

describe("the year of phases on Today", () => {
  it("a new runner has no phase at all, not a year of build; a logged week shows as training", async () => {
    const fresh = await makeUser(t.db);
    const empty = await callerFor(t.db, fresh).blocks.phases();
    expect(empty).toMatchObject({ segments: [], trainedWeeks: [] });
    const day = addDays(todayOf(fresh), -10);
    await callerFor(t.db, fresh).training.log({ date: day, type: "easy", durationMin: 30, distance: 5, rpe: 3, notes: "" });
    expect((await callerFor(t.db, fresh).blocks.phases()).trainedWeeks).toEqual([weekStart(day)]);
  });
});
