import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditLog, blockDays, blockTemplateDays, blockTemplates, checkinShares, checkins, clubMembers, notifications, recoveryBlocks,
  trainingSessions,
} from "@/db/schema";
import { addDays, todayIn, weekStart } from "@/server/domain/days";
import { BUILT_IN_TEMPLATES, ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { makeClub as insertClub } from "@/server/test/club-fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
type User = Awaited<ReturnType<typeof makeUser>>;
let coach: User, coachB: User, memberA: User, memberA2: User, memberB: User, outsider: User;
let clubA: string, clubB: string;
const today = todayIn("UTC");

/** A public, open club (the table's defaults) led by its owner. */
async function makeClub(owner: User, members: User[], name: string) {
  const club = await insertClub(
    t.db,
    [{ userId: owner.id, role: "owner" }, ...members.map((m) => ({ userId: m.id }))],
    { name, privacy: "public", joinPolicy: "open", timeZone: "UTC" },
  );
  return club.id;
}

async function addCheckin(user: User, date: string, over: Partial<typeof checkins.$inferInsert> = {}) {
  const [row] = await t.db
    .insert(checkins)
    .values({
      userId: user.id, date, mood: 4, energy: 4, sleepQuality: 4, soreness: 4, stress: 4, motivation: 4, legs: "normal",
      visibility: "coaches", verdict: "steady", wellnessIndex: 14, ...over,
    })
    .returning();
  return row!;
}

async function counts() {
  const [b] = await t.db.select({ n: count() }).from(recoveryBlocks);
  const [d] = await t.db.select({ n: count() }).from(blockDays);
  const [n] = await t.db.select({ n: count() }).from(notifications);
  const [a] = await t.db.select({ n: count() }).from(auditLog);
  return { blocks: b!.n, days: d!.n, notifications: n!.n, audit: a!.n };
}

async function activeBlockOf(user: User) {
  const [b] = await t.db.select().from(recoveryBlocks).where(and(eq(recoveryBlocks.athleteId, user.id), eq(recoveryBlocks.status, "active")));
  return b ?? null;
}

const assignInput = (over: Record<string, unknown> = {}) => ({
  clubId: clubA, athleteIds: [memberA.id], template: "down-week", startDate: today, note: "", reason: "", ...over,
});

beforeAll(async () => {
  await ensureBuiltInTemplates(t.db);
  await ensureBuiltInTemplates(t.db); // idempotent
  [coach, coachB, memberA, memberA2, memberB, outsider] = await Promise.all([
    makeUser(t.db), makeUser(t.db), makeUser(t.db), makeUser(t.db), makeUser(t.db), makeUser(t.db),
  ]);
  clubA = await makeClub(coach, [memberA, memberA2], "club-a");
  clubB = await makeClub(coachB, [memberB], "club-b");
});
describe("templates", () => {
  it("has every built-in once, each with days that follow the coaching rules", async () => {
    const list = await callerFor(t.db, coach).templates.list({ clubId: clubA });
    const builtIns = list.filter((x) => x.builtIn);
    expect(builtIns.map((x) => x.key).sort()).toEqual(["down-week", "post-10k-5k", "post-half", "post-marathon", "slump-reset"]);
    const marathon = builtIns.find((x) => x.key === "post-marathon")!;
    // 1-2 weeks with no running, then easy running.
    const firstRun = marathon.days.findIndex((d) => d.kind === "easy_run");
    expect(firstRun).toBeGreaterThanOrEqual(7);
    expect(firstRun).toBeLessThanOrEqual(14);
    expect(marathon.days.slice(0, firstRun).filter((d) => d.kind === "walk").every((d) => d.minutes! >= 20 && d.minutes! <= 30)).toBe(true);
    const down = builtIns.find((x) => x.key === "down-week")!;
    expect(down.days.filter((d) => d.kind === "normal_training").every((d) => d.volumePercent! >= 70 && d.volumePercent! <= 80)).toBe(true);
    expect(BUILT_IN_TEMPLATES.find((x) => x.key === "slump-reset")!.days.filter((d) => d.kind === "easy_run" && d.minutes === 30)).toHaveLength(3);
  });

  it("is closed to members and to other clubs' coaches", async () => {
    await expectTRPCError(callerFor(t.db, memberA).templates.list({ clubId: clubA }), "FORBIDDEN");
    await expectTRPCError(callerFor(t.db, coachB).templates.list({ clubId: clubA }), "FORBIDDEN");
  });

  it("copies a built-in into the club, edits it, and never edits a built-in", async () => {
    const builtIn = (await callerFor(t.db, coach).templates.list({ clubId: clubA })).find((x) => x.key === "post-half")!;
    const draft = await callerFor(t.db, coach).templates.copyDraft({ clubId: clubA, templateId: builtIn.id });
    const copy = await callerFor(t.db, coach).templates.create({ clubId: clubA, ...draft });
    expect(copy.clubId).toBe(clubA);
    const updated = await callerFor(t.db, coach).templates.update({
      clubId: clubA, templateId: copy.id, name: "Half recovery, short", description: "", phase: "reset",
      days: [{ kind: "rest", notes: "Sleep" }, { kind: "walk", minutes: 20, notes: "" }],
    });
    expect(updated.name).toBe("Half recovery, short");
    expect((await callerFor(t.db, coach).templates.byId({ clubId: clubA, templateId: copy.id })).days).toHaveLength(2);
    await expectTRPCError(
      callerFor(t.db, coach).templates.update({ clubId: clubA, templateId: builtIn.id, name: "Mine", description: "", phase: "reset", days: [{ kind: "rest", notes: "" }] }),
      "NOT_FOUND",
    );
    // Club B can neither see nor copy club A's template.
    await expectTRPCError(callerFor(t.db, coachB).templates.byId({ clubId: clubB, templateId: copy.id }), "NOT_FOUND");
  });

  it.each([
    ["a negative volume", [{ kind: "easy_run", minutes: -5, notes: "" }], "days.0.minutes"],
    ["no days", [], "days"],
    ["normal training without a percent", [{ kind: "normal_training", notes: "" }], "days.0.volumePercent"],
  ])("refuses %s at its field and writes nothing", async (_label, days, field) => {
    const [before] = await t.db.select({ n: count() }).from(blockTemplates);
    await expectTRPCError(
      callerFor(t.db, coach).templates.create({ clubId: clubA, name: "Bad", description: "", phase: "reset", days: days as never }),
      "BAD_REQUEST",
      field,
    );
    const [after] = await t.db.select({ n: count() }).from(blockTemplates);
    expect(after!.n).toBe(before!.n);
  });
});

describe("assigning a block", () => {
  it("a member cannot assign, and a coach of another club can neither assign nor see the dashboard", async () => {
    const before = await counts();
    await expectTRPCError(callerFor(t.db, memberA).blocks.assign(assignInput({ athleteIds: [memberA2.id] })), "FORBIDDEN");
    await expectTRPCError(callerFor(t.db, coachB).blocks.assign(assignInput()), "FORBIDDEN");
    await expectTRPCError(callerFor(t.db, coachB).dashboard.athletes({ clubId: clubA }), "FORBIDDEN");
    // Club B's coach naming club A's athlete from their own club: not a member there.
    await expectTRPCError(callerFor(t.db, coachB).blocks.assign(assignInput({ clubId: clubB })), "BAD_REQUEST", "athleteIds");
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["a non-member among the athletes", () => assignInput({ athleteIds: [memberA.id, outsider.id] }), "athleteIds"],
    ["another club's athlete", () => assignInput({ athleteIds: [memberB.id] }), "athleteIds"],
    ["a start date far in the past", () => assignInput({ startDate: addDays(today, -30) }), "startDate"],
    ["a start date more than a year ahead", () => assignInput({ startDate: addDays(today, 400) }), "startDate"],
    ["an impossible date", () => assignInput({ startDate: "2026-02-30" }), "startDate"],
    ["an unknown template", () => assignInput({ template: "no-such-template" }), "template"],
    ["another club's check-in as the reason", () => assignInput({ reasonCheckinId: "00000000-0000-4000-8000-000000000000" }), "reasonCheckinId"],
  ])("refuses %s and writes nothing", async (_label, input, field) => {
    const before = await counts();
    await expectTRPCError(callerFor(t.db, coach).blocks.assign(input()), "BAD_REQUEST", field);
    expect(await counts()).toEqual(before);
  });

  it("refuses a template with no days and writes nothing", async () => {
    const created = await callerFor(t.db, coach).templates.create({ clubId: clubA, name: "Empty soon", description: "", phase: "reset", days: [{ kind: "rest", notes: "" }] });
    await t.db.delete(blockTemplateDays).where(eq(blockTemplateDays.templateId, created.id));
    const before = await counts();
    await expectTRPCError(callerFor(t.db, coach).blocks.assign(assignInput({ template: created.id })), "BAD_REQUEST", "template");
    expect(await counts()).toEqual(before);
  });

  it("creates every athlete's plan, notification and audit entry in one go", async () => {
    const before = await counts();
    const result = await callerFor(t.db, coach).blocks.assign(assignInput({ athleteIds: [memberA.id, memberA2.id], note: "Easy does it", reason: "Tired legs" }));
    expect(result.created).toHaveLength(2);
    const after = await counts();
    expect(after.blocks - before.blocks).toBe(2);
    expect(after.days - before.days).toBe(14);
    expect(after.notifications - before.notifications).toBe(2);
    expect(after.audit - before.audit).toBe(2);
    const [note] = await t.db.select().from(notifications).where(and(eq(notifications.userId, memberA.id), eq(notifications.kind, "block.assigned")));
    expect(note!.href).toBe("/today");
    const block = await activeBlockOf(memberA);
    expect(block).toMatchObject({ startDate: today, endDate: addDays(today, 6), coachNote: "Easy does it", reason: "Tired legs", phase: "maintain" });
  });

  it("asks replace-or-keep when an athlete is already on a block, then does exactly that", async () => {
    const oldA = (await activeBlockOf(memberA))!;
    const before = await counts();
    const err = await expectTRPCError(callerFor(t.db, coach).blocks.assign(assignInput({ template: "slump-reset" })), "CONFLICT", "onExisting");
    expect(err.message).toContain(memberA.name);
    expect(await counts()).toEqual(before);

    const kept = await callerFor(t.db, coach).blocks.assign(assignInput({ template: "slump-reset", onExisting: "keep" }));
    expect(kept).toMatchObject({ created: [], kept: [memberA.id] });
    expect((await activeBlockOf(memberA))!.id).toBe(oldA.id);

    const replaced = await callerFor(t.db, coach).blocks.assign(assignInput({ template: "slump-reset", onExisting: "replace" }));
    expect(replaced.replaced).toEqual([memberA.id]);
    const [old] = await t.db.select().from(recoveryBlocks).where(eq(recoveryBlocks.id, oldA.id));
    expect(old!.status).toBe("replaced");
    expect((await activeBlockOf(memberA))!.name).toContain("Slump reset");
  });

  it("never lets one club's coach replace a block another club's coach set", async () => {
    const both = await makeUser(t.db, { name: "Two Clubs" });
    await t.db.insert(clubMembers).values([
      { clubId: clubA, userId: both.id, role: "member" },
      { clubId: clubB, userId: both.id, role: "member" },
    ]);
    await callerFor(t.db, coachB).blocks.assign({ ...assignInput({ athleteIds: [both.id] }), clubId: clubB });
    const theirs = (await activeBlockOf(both))!;
    const before = await counts();
    const err = await expectTRPCError(
      callerFor(t.db, coach).blocks.assign(assignInput({ athleteIds: [both.id], template: "slump-reset", onExisting: "replace" })),
      "CONFLICT",
      "onExisting",
    );
    expect(err.message).toContain("another club");
    expect(await counts()).toEqual(before);
    expect((await activeBlockOf(both))!.id).toBe(theirs.id);
    // Keeping it is fine: the others get their block, the two-club runner stays on club B's.
    const kept = await callerFor(t.db, coach).blocks.assign(assignInput({ athleteIds: [both.id], template: "slump-reset", onExisting: "keep" }));
    expect(kept).toMatchObject({ created: [], kept: [both.id] });
    expect((await activeBlockOf(both))!.clubId).toBe(clubB);
  });

  it("lets the coach edit a day, extend, end early and cancel, only within their club", async () => {
    const block = (await activeBlockOf(memberA2))!;
    const detail = await callerFor(t.db, coach).blocks.byId({ clubId: clubA, blockId: block.id });
    const day = detail.days[0]!;
    await callerFor(t.db, coach).blocks.updateDay({ clubId: clubA, dayId: day.id, kind: "walk", minutes: 25, notes: "Swap for a walk" });
    await expectTRPCError(callerFor(t.db, coach).blocks.updateDay({ clubId: clubA, dayId: day.id, kind: "walk", minutes: -1, notes: "" }), "BAD_REQUEST", "minutes");
    await expectTRPCError(callerFor(t.db, coachB).blocks.byId({ clubId: clubB, blockId: block.id }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, coachB).blocks.cancel({ clubId: clubB, blockId: block.id }), "NOT_FOUND");
    const { endDate } = await callerFor(t.db, coach).blocks.extend({ clubId: clubA, blockId: block.id, days: 3 });
    expect(endDate).toBe(addDays(block.endDate, 3));
    expect((await callerFor(t.db, coach).blocks.byId({ clubId: clubA, blockId: block.id })).days).toHaveLength(10);
    await callerFor(t.db, coach).blocks.cancel({ clubId: clubA, blockId: block.id });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "block.cancelled"), eq(auditLog.targetUserId, memberA2.id)));
    expect(audit).toBeTruthy();
    await expectTRPCError(callerFor(t.db, coach).blocks.extend({ clubId: clubA, blockId: block.id, days: 1 }), "CONFLICT");
  });
});

describe("the assign picker", () => {
  it("lists only this club's active members, asked-for ids first, and searches by name", async () => {
    const all = await callerFor(t.db, coach).blocks.assignable({ clubId: clubA });
    expect(all.map((a) => a.id)).toEqual(expect.arrayContaining([memberA.id, memberA2.id]));
    expect(all.map((a) => a.id)).not.toContain(memberB.id);
    expect(all.map((a) => a.id)).not.toContain(coach.id);
    const first = await callerFor(t.db, coach).blocks.assignable({ clubId: clubA, ids: [memberA2.id] });
    expect(first[0]!.id).toBe(memberA2.id);
    const found = await callerFor(t.db, coach).blocks.assignable({ clubId: clubA, search: memberA.name });
    expect(found.map((a) => a.id)).toEqual([memberA.id]);
    expect(found[0]!.onBlock).toBe(true);
    expect(await callerFor(t.db, coach).blocks.assignable({ clubId: clubA, search: "100%_\\" })).toEqual([]);
    await expectTRPCError(callerFor(t.db, memberA).blocks.assignable({ clubId: clubA }), "FORBIDDEN");
  });
});

describe("the athlete's own blocks", () => {
  it("shows Today only to its athlete, who alone can mark its days", async () => {
    const mine = await callerFor(t.db, memberA).blocks.today();
    expect(mine.block!.athleteId).toBe(memberA.id);
    expect(mine.block!.dayNumber).toBe(1);
    expect(mine.block!.totalDays).toBe(7);
    expect((await callerFor(t.db, memberB).blocks.today()).block).toBeNull();
    const dayId = mine.block!.todayDay!.id;
    await expectTRPCError(callerFor(t.db, memberB).blocks.markDay({ dayId, status: "done", note: "" }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, coach).blocks.markDay({ dayId, status: "done", note: "" }), "NOT_FOUND");
    const marked = await callerFor(t.db, memberA).blocks.markDay({ dayId, status: "partial", note: "Half of it", feel: 3 });
    expect(marked).toMatchObject({ status: "partial", athleteNote: "Half of it", feel: 3 });
    const future = mine.block!.upcoming[0]!;
    await expectTRPCError(callerFor(t.db, memberA).blocks.markDay({ dayId: future.id, status: "done", note: "" }), "BAD_REQUEST", "status");
    const history = await callerFor(t.db, memberA).blocks.history({});
    expect(history.items.length).toBe(2);
    expect((await callerFor(t.db, memberB).blocks.history({})).items).toHaveLength(0);
    expect((await callerFor(t.db, memberA).blocks.phases()).segments.map((s) => s.phase)).toEqual(["maintain", "reset"]);
  });

  it("shows a down week's concrete target from the last 3 complete weeks", async () => {
    const runner = await makeUser(t.db, { distanceUnit: "mi" });
    await t.db.insert(clubMembers).values({ clubId: clubA, userId: runner.id, role: "member" });
    const monday = weekStart(today);
    // 15, 18 and 23 miles in the 3 weeks before this one, as in the coaching rules; older weeks don't count.
    const mile = 1609.344;
    await t.db.insert(trainingSessions).values([
      { userId: runner.id, date: addDays(monday, -21), type: "easy", durationMin: 150, distanceM: Math.round(15 * mile) },
      { userId: runner.id, date: addDays(monday, -14), type: "easy", durationMin: 180, distanceM: Math.round(18 * mile) },
      { userId: runner.id, date: addDays(monday, -1), type: "long", durationMin: 230, distanceM: Math.round(23 * mile) },
      { userId: runner.id, date: addDays(monday, -28), type: "long", durationMin: 300, distanceM: Math.round(50 * mile) },
    ]);
    await callerFor(t.db, coach).blocks.assign(assignInput({ athleteIds: [runner.id] }));
    const { block } = await callerFor(t.db, runner).blocks.today();
    expect(block!.baselineWeeklyM! / mile).toBeCloseTo(56 / 3, 1);
    // Mean cut of the down week's training days is 74%: about 13.8 of 18.7 miles.
    expect(block!.targetWeeklyM! / mile).toBeCloseTo((56 / 3) * 0.74, 1);
  });
});

describe("the triage dashboard", () => {
  it("does the compliance arithmetic, flags training on a rest day, and shows only what was shared", async () => {
    const runner = await makeUser(t.db, { name: "Zed Flagged" });
    const quiet = await makeUser(t.db, { name: "Quinn Quiet" });
    await t.db.insert(clubMembers).values([
      { clubId: clubA, userId: runner.id, role: "member" },
      { clubId: clubA, userId: quiet.id, role: "member" },
    ]);
    await t.db.insert(clubMembers).values({ clubId: clubB, userId: runner.id, role: "member" });
    // Down week from 4 days ago: days 0..3 are due, day 1 is a rest day.
    await callerFor(t.db, coach).blocks.assign(assignInput({ athleteIds: [runner.id], startDate: addDays(today, -4) }));
    const { block } = await callerFor(t.db, runner).blocks.today();
    const [d0, d1, d2] = block!.days;
    expect(d1!.kind).toBe("rest");
    await callerFor(t.db, runner).blocks.markDay({ dayId: d0!.id, status: "done", note: "" });
    await callerFor(t.db, runner).blocks.markDay({ dayId: d2!.id, status: "partial", note: "" });

    // A private check-in and one shared only with club B stay hidden from club A's coach.
    await addCheckin(quiet, addDays(today, -1), { visibility: "private", verdict: "reset", burnoutFlag: true });
    const onlyB = await addCheckin(runner, today, { visibility: "clubs", verdict: "reset", burnoutFlag: true });
    await t.db.insert(checkinShares).values({ clubId: clubB, checkinId: onlyB.id, userId: runner.id });
    await addCheckin(runner, addDays(today, -2), { verdict: "hold_back", wellnessIndex: 20 });
    await addCheckin(runner, addDays(today, -3), { visibility: "clubs", verdict: "steady", wellnessIndex: 12 });
    const sharedA = await addCheckin(runner, addDays(today, -5), { visibility: "clubs", wellnessIndex: 10 });
    await t.db.insert(checkinShares).values({ clubId: clubA, checkinId: sharedA.id, userId: runner.id });

    const first = await callerFor(t.db, coach).dashboard.athletes({ clubId: clubA });
    const row = first.rows.find((r) => r.athleteId === runner.id)!;
    expect(row.verdict).toBe("hold_back");
    expect(row.burnoutFlag).toBe(false);
    expect(row.daysSinceCheckin).toBe(2);
    expect(row.trend).toEqual([{ date: addDays(today, -5), wellness: 10 }, { date: addDays(today, -2), wellness: 20 }]);
    expect(row.block).toMatchObject({ done: 1, partial: 1, due: 4 });
    expect(row.block!.compliance).toBeCloseTo(1.5 / 4);
    expect(row.overdoing).toBe(false);
    expect(row.suggestedTemplate).toBe("down-week");
    const quietRow = first.rows.find((r) => r.athleteId === quiet.id)!;
    expect(quietRow).toMatchObject({ verdict: null, burnoutFlag: false, daysSinceCheckin: null, trend: [] });

    // Club B's coach sees B's view of the same runner: the shared burnout flag, no club A block.
    const b = (await callerFor(t.db, coachB).dashboard.athletes({ clubId: clubB })).rows.find((r) => r.athleteId === runner.id)!;
    expect(b).toMatchObject({ verdict: "reset", burnoutFlag: true, block: null, suggestedTemplate: "slump-reset" });
    expect((await callerFor(t.db, coachB).dashboard.athletes({ clubId: clubB })).rows.map((r) => r.athleteId)).not.toContain(memberA.id);

    // Marking another due day done lifts compliance; a run on the rest day raises the flag.
    await callerFor(t.db, runner).blocks.markDay({ dayId: d1!.id, status: "done", note: "" });
    await t.db.insert(trainingSessions).values({ userId: runner.id, date: d1!.date, type: "tempo", durationMin: 40 });
    const second = (await callerFor(t.db, coach).dashboard.athletes({ clubId: clubA })).rows.find((r) => r.athleteId === runner.id)!;
    expect(second.block!.compliance).toBeCloseTo(2.5 / 4);
    expect(second.overdoing).toBe(true);
    // The flagged runner sorts above unflagged members.
    const order = (await callerFor(t.db, coach).dashboard.athletes({ clubId: clubA })).rows.map((r) => r.athleteId);
    expect(order.indexOf(runner.id)).toBeLessThan(order.indexOf(quiet.id));
  });

  it("treats a block past its last day as finished before the athlete next opens Today", async () => {
    const runner = await makeUser(t.db, { name: "Fin Ished" });
    await t.db.insert(clubMembers).values({ clubId: clubA, userId: runner.id, role: "member" });
    await callerFor(t.db, coach).blocks.assign(assignInput({ athleteIds: [runner.id], startDate: addDays(today, -2) }));
    const current = (await callerFor(t.db, coach).dashboard.athletes({ clubId: clubA, limit: 100 })).rows.find((r) => r.athleteId === runner.id);
    expect(current?.block).not.toBeNull();
    // The block's last day was yesterday; nobody has opened anything since.
    await t.db.update(recoveryBlocks).set({ endDate: addDays(today, -1) }).where(eq(recoveryBlocks.athleteId, runner.id));
    const after = (await callerFor(t.db, coach).dashboard.athletes({ clubId: clubA, limit: 100 })).rows.find((r) => r.athleteId === runner.id);
    expect(after?.block).toBeNull();
    const [pick] = await callerFor(t.db, coach).blocks.assignable({ clubId: clubA, ids: [runner.id] });
    expect(pick).toMatchObject({ id: runner.id, onBlock: false });

    // The athlete's pages read it as finished without writing anything, and nobody can change it any more.
    const block = (await activeBlockOf(runner))!;
    const me = callerFor(t.db, runner);
    expect((await me.blocks.today()).block).toBeNull();
    expect((await me.blocks.history({})).items.find((b) => b.id === block.id)?.status).toBe("completed");
    expect((await activeBlockOf(runner))?.updatedAt).toEqual(block.updatedAt);
    const [firstDay] = await t.db.select().from(blockDays).where(eq(blockDays.blockId, block.id)).orderBy(blockDays.date);
    await expectTRPCError(me.blocks.markDay({ dayId: firstDay!.id, status: "done", note: "" }), "CONFLICT");
    expect((await callerFor(t.db, coach).blocks.byId({ clubId: clubA, blockId: block.id })).status).toBe("completed");
    const err = await expectTRPCError(callerFor(t.db, coach).blocks.extend({ clubId: clubA, blockId: block.id, days: 3 }), "CONFLICT");
    expect(err.message).toContain("finished");
  });

  it("pages through athletes with a cursor, each exactly once", async () => {
    const all = await callerFor(t.db, coach).dashboard.athletes({ clubId: clubA, limit: 100 });
    const seen: string[] = [];
    let cursor = null as string | null;
    do {
      const page = await callerFor(t.db, coach).dashboard.athletes({ clubId: clubA, limit: 2, cursor });
      seen.push(...page.rows.map((r) => r.athleteId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.rows.map((r) => r.athleteId));
    expect(all.total).toBe(all.rows.length);
  });
});

describe("calendar feed", () => {
  it("serves the athlete's days behind a secret token, and nothing once revoked", async () => {
    const me = callerFor(t.db, memberA).blocks;
    expect((await me.calendarStatus()).active).toBe(false);
    const { token } = await me.rotateCalendar();
    expect((await me.calendarStatus()).active).toBe(true);
    const ics = await callerFor(t.db, null).blocks.calendarFeed({ token });
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain(`DTSTART;VALUE=DATE:${today.replaceAll("-", "")}`);
    expect(ics.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThanOrEqual(7);
    const { token: fresh } = await me.rotateCalendar();
    await expectTRPCError(callerFor(t.db, null).blocks.calendarFeed({ token }), "NOT_FOUND");
    await me.revokeCalendar();
    await expectTRPCError(callerFor(t.db, null).blocks.calendarFeed({ token: fresh }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, null).blocks.calendarFeed({ token: "never-issued-token-xyz" }), "NOT_FOUND");
  });
});
