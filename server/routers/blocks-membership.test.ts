// Membership bounds a coach's reach into blocks (issue 17): leaving or being removed ends the club's block as
// left_club in the same transaction, and from then on its coaches can neither read nor change it. The athlete
// keeps it in their own history. A coach sees only blocks set in their own club.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { notifications, recoveryBlocks } from "@/db/schema";
import { todayIn } from "@/server/domain/days";
import { ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import { makeClub, makeClubCast, type ClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
beforeAll(async () => {
  await ensureBuiltInTemplates(t.db);
});

const today = todayIn("UTC");

/** A fresh cast whose member is on a block from today, with today marked (a note and a feel score). */
async function memberOnBlock() {
  const cast = await makeClubCast(t.db);
  const clubId = cast.club.id;
  const assigned = await callerFor(t.db, cast.coach).blocks.assign({
    clubId, athleteIds: [cast.member.id], template: "down-week", startDate: today, note: "", reason: "",
  });
  const blockId = assigned.created[0]!.blockId;
  const { block } = await callerFor(t.db, cast.member).blocks.today();
  await callerFor(t.db, cast.member).blocks.markDay({ dayId: block!.todayDay!.id, status: "done", note: "Knee twinge", feel: 2 });
  const laterDayId = block!.days.find((d) => d.date > today)!.id;
  return { cast, clubId, blockId, laterDayId };
}

async function blockRow(id: string) {
  const [row] = await t.db.select().from(recoveryBlocks).where(eq(recoveryBlocks.id, id));
  return row!;
}

async function notificationsOf(userId: string) {
  return t.db.select().from(notifications).where(eq(notifications.userId, userId));
}

/** Every coach-side read and write of the block, as each of the club's coaches: all "not found". */
async function expectCoachesLockedOut(cast: ClubCast, clubId: string, blockId: string, laterDayId: string) {
  for (const staff of [cast.coach, cast.owner]) {
    const api = callerFor(t.db, staff);
    await expectTRPCError(api.blocks.byId({ clubId, blockId }), "NOT_FOUND");
    await expectTRPCError(api.blocks.extend({ clubId, blockId, days: 3 }), "NOT_FOUND");
    await expectTRPCError(api.blocks.updateDay({ clubId, dayId: laterDayId, kind: "walk", minutes: 20, notes: "Swap" }), "NOT_FOUND");
    await expectTRPCError(api.blocks.endEarly({ clubId, blockId }), "NOT_FOUND");
    await expectTRPCError(api.blocks.cancel({ clubId, blockId }), "NOT_FOUND");
  }
}

describe.each([
  ["leaves", (c: ClubCast) => callerFor(t.db, c.member).clubs.leave({ clubId: c.club.id })],
  ["is removed", (c: ClubCast) => callerFor(t.db, c.owner).clubs.removeMember({ clubId: c.club.id, userId: c.member.id })],
] as const)("when the athlete %s", (_how, part) => {
  it("the club's block ends as left_club, with its summary kept", async () => {
    const { cast, blockId } = await memberOnBlock();
    const before = await blockRow(blockId);
    await part(cast);
    const after = await blockRow(blockId);
    expect(after).toMatchObject({ status: "left_club", doneCount: 1, dayCount: before.dayCount, lastMarkedDate: today });
    expect(after.endedAt).toBeInstanceOf(Date);
  });

  it("its coaches lose every read and write of it, and the athlete hears nothing more from them", async () => {
    const { cast, clubId, blockId, laterDayId } = await memberOnBlock();
    await part(cast);
    const heard = (await notificationsOf(cast.member.id)).length;
    await expectCoachesLockedOut(cast, clubId, blockId, laterDayId);
    expect(await notificationsOf(cast.member.id)).toHaveLength(heard);
    // Nothing changed behind the refusals.
    expect(await blockRow(blockId)).toMatchObject({ status: "left_club", doneCount: 1 });
  });

  it("the athlete keeps the block in their history, ended: left the club", async () => {
    const { cast, blockId } = await memberOnBlock();
    await part(cast);
    const me = callerFor(t.db, cast.member);
    expect((await me.blocks.today()).block).toBeNull();
    const { items } = await me.blocks.history({});
    expect(items.find((b) => b.id === blockId)).toMatchObject({ status: "left_club", done: 1 });
    const phases = await me.blocks.phases();
    expect(phases.segments.at(-1)).toMatchObject({ endDate: today });
  });
});

describe("a coach who leaves or stops coaching", () => {
  it("loses access to the club's blocks like any non-coach", async () => {
    const { cast, clubId, blockId } = await memberOnBlock();
    await callerFor(t.db, cast.owner).clubs.changeRole({ clubId, userId: cast.coach.id, role: "member" });
    await expectTRPCError(callerFor(t.db, cast.coach).blocks.byId({ clubId, blockId }), "FORBIDDEN");
    await callerFor(t.db, cast.coach).clubs.leave({ clubId });
    await expectTRPCError(callerFor(t.db, cast.coach).blocks.byId({ clubId, blockId }), "NOT_FOUND");
    await expectTRPCError(callerFor(t.db, cast.coach).blocks.extend({ clubId, blockId, days: 1 }), "NOT_FOUND");
    // The athlete's block is untouched by a coach leaving.
    expect(await blockRow(blockId)).toMatchObject({ status: "active" });
  });
});

describe("a coach sees only their own club's blocks", () => {
  it("a block set in another club is not 'on a block' on this club's picker or dashboard", async () => {
    const { cast, blockId } = await memberOnBlock();
    // A second club the member also belongs to, with its own coach.
    const clubB = await makeClub(t.db, [
      { userId: cast.otherOwner.id, role: "owner" },
      { userId: cast.member.id, role: "member" },
    ]);
    const api = callerFor(t.db, cast.otherOwner);
    const picked = await api.blocks.assignable({ clubId: clubB.id, ids: [cast.member.id] });
    expect(picked.find((a) => a.id === cast.member.id)).toMatchObject({ onBlock: false });
    const { rows } = await api.dashboard.athletes({ clubId: clubB.id });
    expect(rows.find((r) => r.athleteId === cast.member.id)).toMatchObject({ block: null });
    await expectTRPCError(api.blocks.byId({ clubId: clubB.id, blockId }), "NOT_FOUND");
    // The block's own club still sees it.
    const home = await callerFor(t.db, cast.coach).blocks.assignable({ clubId: cast.club.id, ids: [cast.member.id] });
    expect(home.find((a) => a.id === cast.member.id)).toMatchObject({ onBlock: true });
    const mine = await t.db.select().from(recoveryBlocks).where(and(eq(recoveryBlocks.athleteId, cast.member.id), eq(recoveryBlocks.status, "active")));
    expect(mine.map((b) => b.id)).toEqual([blockId]);
  });
});
