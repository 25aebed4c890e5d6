// Issue 14's small things for clubs: a decided request leaves no staff notice unread, a removed member is told,
// and an invite admits straight into an approval club.
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { clubInvites, clubMembers, notifications } from "@/db/schema";
import { makeClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

async function unreadOf(userId: string, kind: string) {
  return t.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind), isNull(notifications.readAt)));
}
async function statusOf(clubId: string, userId: string) {
  const [row] = await t.db.select().from(clubMembers).where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, userId)));
  return row?.status ?? null;
}

/** An approval club with a fresh runner who asked to join through the app (so the staff were notified). */
async function withRequest() {
  const cast = await makeClubCast(t.db, { privacy: "public", joinPolicy: "approval" });
  const asker = await makeUser(t.db, { name: "Ada Asker" });
  expect((await callerFor(t.db, asker).clubs.join({ clubId: cast.club.id })).status).toBe("pending");
  for (const staff of [cast.owner, cast.coach]) expect(await unreadOf(staff.id, "club.join_request")).toHaveLength(1);
  return { cast, asker };
}

describe("deciding a join request", () => {
  for (const decision of ["approve", "decline"] as const) {
    it(`marks every staff member's "asked to join" notice read on ${decision}`, async () => {
      const { cast, asker } = await withRequest();
      // Someone else's request stays unread: only this request's notice is settled.
      const other = await makeUser(t.db, { name: "Otto Other" });
      await callerFor(t.db, other).clubs.join({ clubId: cast.club.id });
      await callerFor(t.db, cast.coach).clubs.decideRequest({ clubId: cast.club.id, userId: asker.id, decision });
      for (const staff of [cast.owner, cast.coach]) {
        const unread = await unreadOf(staff.id, "club.join_request");
        expect(unread.map((n) => n.title)).toEqual([`Otto Other asked to join ${cast.club.name}`]);
      }
      expect(await statusOf(cast.club.id, asker.id)).toBe(decision === "approve" ? "active" : "declined");
    });
  }

  it("changes nothing when the request is not pending", async () => {
    const { cast, asker } = await withRequest();
    await expectTRPCError(
      callerFor(t.db, cast.coach).clubs.decideRequest({ clubId: cast.club.id, userId: cast.member.id, decision: "approve" }),
      "NOT_FOUND",
    );
    expect(await unreadOf(cast.owner.id, "club.join_request")).toHaveLength(1);
    expect(await statusOf(cast.club.id, asker.id)).toBe("pending");
  });
});

describe("removing a member", () => {
  it("tells them they were removed, without naming who did it", async () => {
    const cast = await makeClubCast(t.db);
    await callerFor(t.db, cast.owner).clubs.removeMember({ clubId: cast.club.id, userId: cast.member.id });
    const told = await unreadOf(cast.member.id, "club.member_removed");
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toBe(`You were removed from ${cast.club.name}`);
    expect(`${told[0]!.title} ${told[0]!.body}`).not.toContain(cast.owner.name);
    // Nobody else hears of it.
    const others = await t.db.select().from(notifications).where(eq(notifications.kind, "club.member_removed"));
    expect(others.map((n) => n.userId)).toEqual([cast.member.id]);
  });

  it("tells a removed requester their request was declined, and settles the staff's notice", async () => {
    const { cast, asker } = await withRequest();
    await callerFor(t.db, cast.owner).clubs.removeMember({ clubId: cast.club.id, userId: asker.id });
    expect((await unreadOf(asker.id, "club.join_declined")).map((n) => n.title)).toEqual([`Your request to join ${cast.club.name} was declined`]);
    expect(await unreadOf(cast.coach.id, "club.join_request")).toHaveLength(0);
  });

  it("tells no one when the removal is refused", async () => {
    const cast = await makeClubCast(t.db);
    await expectTRPCError(callerFor(t.db, cast.owner).clubs.removeMember({ clubId: cast.club.id, userId: cast.stranger.id }), "NOT_FOUND");
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, cast.stranger.id))).toHaveLength(0);
  });
});

describe("an invite to an approval club", () => {
  it("admits the runner as an active member at once, with no request", async () => {
    const cast = await makeClubCast(t.db, { privacy: "private", joinPolicy: "approval" });
    const invite = await callerFor(t.db, cast.coach).invites.create({ clubId: cast.club.id });
    const runner = callerFor(t.db, cast.stranger);
    expect(await runner.invites.accept({ token: invite.token })).toEqual({ status: "active", slug: cast.club.slug });
    expect(await statusOf(cast.club.id, cast.stranger.id)).toBe("active");
    expect(await unreadOf(cast.owner.id, "club.join_request")).toHaveLength(0);
    // They are inside now: the member list opens for them.
    await expect(runner.clubs.members({ clubId: cast.club.id })).resolves.toBeDefined();
    expect((await runner.clubs.bySlug({ slug: cast.club.slug })).memberCount).toBe(cast.club.memberCount + 1);
  });

  it("lets a waiting request in and marks the staff's notice read", async () => {
    const { cast, asker } = await withRequest();
    const invite = await callerFor(t.db, cast.owner).invites.create({ clubId: cast.club.id });
    expect((await callerFor(t.db, asker).invites.preview({ token: invite.token })).myStatus).toBe("pending");
    expect((await callerFor(t.db, asker).invites.accept({ token: invite.token })).status).toBe("active");
    expect(await statusOf(cast.club.id, asker.id)).toBe("active");
    for (const staff of [cast.owner, cast.coach]) expect(await unreadOf(staff.id, "club.join_request")).toHaveLength(0);
    const [row] = await t.db.select().from(clubInvites).where(eq(clubInvites.id, invite.id));
    expect(row!.uses).toBe(1);
  });

  it("still refuses an expired or revoked invite, and admits no one", async () => {
    const cast = await makeClubCast(t.db, { joinPolicy: "approval" });
    const owner = callerFor(t.db, cast.owner);
    const expired = await owner.invites.create({ clubId: cast.club.id, expiresInDays: 1 });
    await t.db.update(clubInvites).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(clubInvites.id, expired.id));
    const revoked = await owner.invites.create({ clubId: cast.club.id });
    await owner.invites.revoke({ clubId: cast.club.id, inviteId: revoked.id });
    for (const token of [expired.token, revoked.token]) {
      await expectTRPCError(callerFor(t.db, cast.stranger).invites.accept({ token }), "BAD_REQUEST", "token");
    }
    expect(await statusOf(cast.club.id, cast.stranger.id)).toBeNull();
  });
});
