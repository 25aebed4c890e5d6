import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, clubInvites, clubMembers, clubs, groupRunRsvps, groupRuns, notifications } from "@/db/schema";
import { makeClub, makeClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

const tag = () => crypto.randomUUID().slice(0, 8);
const clubInput = (over: Partial<Parameters<ReturnType<typeof callerFor>["clubs"]["create"]>[0]> = {}) => ({
  name: "Dawn Patrol",
  slug: `dawn-${tag()}`,
  description: "Early miles.",
  area: "Harbourside",
  timeZone: "Europe/London",
  privacy: "public" as const,
  joinPolicy: "open" as const,
  ...over,
});

async function clubCount() {
  return (await t.db.select({ id: clubs.id }).from(clubs)).length;
}
async function membership(clubId: string, userId: string) {
  const [row] = await t.db.select().from(clubMembers).where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, userId)));
  return row ?? null;
}
async function memberCount(clubId: string) {
  const [row] = await t.db.select({ n: clubs.memberCount }).from(clubs).where(eq(clubs.id, clubId));
  return row?.n;
}
async function kindsFor(userId: string) {
  return (await t.db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind);
}
async function auditActions(clubId: string) {
  return (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.clubId, clubId))).map((a) => a.action);
}

describe("clubs.create", () => {
  it("makes the creator the owner and counts them", async () => {
    const me = await makeUser(t.db);
    const club = await callerFor(t.db, me).clubs.create(clubInput({ slug: `Mixed-${tag()}`.toLowerCase() }));
    expect((await membership(club.id, me.id))).toMatchObject({ role: "owner", status: "active" });
    expect(await memberCount(club.id)).toBe(1);
    const page = await callerFor(t.db, me).clubs.bySlug({ slug: club.slug });
    expect(page).toMatchObject({ name: "Dawn Patrol", myRole: "owner", myStatus: "active", memberCount: 1 });
  });

  it("refuses a taken slug at the slug field and writes nothing", async () => {
    const me = await makeUser(t.db);
    const first = await callerFor(t.db, me).clubs.create(clubInput());
    const before = await clubCount();
    await expectTRPCError(callerFor(t.db, me).clubs.create(clubInput({ slug: first.slug })), "CONFLICT", "slug");
    expect(await clubCount()).toBe(before);
  });

  it.each([
    ["a too-long name", { name: "x".repeat(81) }, "name"],
    ["a too-long description", { description: "x".repeat(2001) }, "description"],
    ["a too-long area", { area: "x".repeat(81) }, "area"],
    ["a malformed slug", { slug: "Not OK!" }, "slug"],
    ["a reserved slug", { slug: "discover" }, "slug"],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone"],
  ])("refuses %s at its field and writes nothing", async (_label, over, field) => {
    const me = await makeUser(t.db);
    const before = await clubCount();
    await expectTRPCError(callerFor(t.db, me).clubs.create(clubInput(over)), "BAD_REQUEST", field);
    expect(await clubCount()).toBe(before);
  });

  it("limits each person to 10 new clubs an hour, and refused attempts don't count", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    const taken = (await api.clubs.create(clubInput())).slug;
    for (let i = 0; i < 3; i++) await expectTRPCError(api.clubs.create(clubInput({ slug: taken })), "CONFLICT", "slug");
    for (let i = 0; i < 9; i++) await api.clubs.create(clubInput());
    const error = await expectTRPCError(api.clubs.create(clubInput()), "TOO_MANY_REQUESTS");
    expect(error.message).toMatch(/Too many new clubs/);
  });
});

describe("clubs.update and clubs.delete", () => {
  it("lets the owner edit, and refuses another club's slug", async () => {
    const cast = await makeClubCast(t.db);
    const api = callerFor(t.db, cast.owner);
    const fields = { name: "Renamed", slug: `renamed-${tag()}`, description: "New words", area: "Uptown", timeZone: "America/Denver", privacy: "public" as const, joinPolicy: "open" as const };
    const saved = await api.clubs.update({ clubId: cast.club.id, ...fields });
    expect(saved.slug).toBe(fields.slug);
    await expectTRPCError(api.clubs.update({ clubId: cast.club.id, ...fields, slug: cast.otherClub.slug }), "CONFLICT", "slug");
    const [row] = await t.db.select().from(clubs).where(eq(clubs.id, cast.club.id));
    expect(row).toMatchObject({ name: "Renamed", slug: fields.slug, timeZone: "America/Denver" });
  });

  it("needs the club's name typed to delete, then removes everything in one go", async () => {
    const cast = await makeClubCast(t.db);
    const api = callerFor(t.db, cast.owner);
    const run = await callerFor(t.db, cast.coach).groupRuns.create({
      clubId: cast.club.id, title: "Long run", startsAtLocal: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 16), meetingPoint: "", paceGroups: [], notes: "",
    });
    await callerFor(t.db, cast.member).groupRuns.rsvp({ clubId: cast.club.id, runId: run.id, status: "going" });
    await api.invites.create({ clubId: cast.club.id });
    await api.clubs.changeRole({ clubId: cast.club.id, userId: cast.member.id, role: "coach" });

    await expectTRPCError(api.clubs.delete({ clubId: cast.club.id, confirmName: "not it" }), "BAD_REQUEST", "confirmName");
    expect(await clubCount()).toBeGreaterThan(0);
    expect(await membership(cast.club.id, cast.member.id)).not.toBeNull();

    await api.clubs.delete({ clubId: cast.club.id, confirmName: ` ${cast.club.name.toUpperCase()} ` });
    expect(await t.db.select().from(clubs).where(eq(clubs.id, cast.club.id))).toHaveLength(0);
    expect(await t.db.select().from(clubMembers).where(eq(clubMembers.clubId, cast.club.id))).toHaveLength(0);
    expect(await t.db.select().from(groupRuns).where(eq(groupRuns.clubId, cast.club.id))).toHaveLength(0);
    expect(await t.db.select().from(groupRunRsvps).where(eq(groupRunRsvps.runId, run.id))).toHaveLength(0);
    expect(await t.db.select().from(clubInvites).where(eq(clubInvites.clubId, cast.club.id))).toHaveLength(0);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.clubId, cast.club.id))).toHaveLength(0);
    expect(await kindsFor(cast.coach.id)).toContain("club.deleted");
    // The other club is untouched.
    expect(await memberCount(cast.otherClub.id)).toBe(2);
  });
});

describe("clubs.discover", () => {
  it("lists public clubs by name or area, never private ones, across pages without repeats", async () => {
    const owner = await makeUser(t.db);
    const area = `Zed${tag()}`;
    const names = ["Alpha Striders", "beta Joggers", "Gamma 100% Club", "Delta Dashers", "Epsilon Easy"];
    for (const name of names) await makeClub(t.db, [{ userId: owner.id, role: "owner" }], { name, area, privacy: "public", joinPolicy: "open" });
    await makeClub(t.db, [{ userId: owner.id, role: "owner" }], { name: "Secret Squad", area, privacy: "private" });
    const api = callerFor(t.db, null);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof api.clubs.discover>> = await api.clubs.discover({ query: area.toLowerCase(), limit: 2, cursor });
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["Alpha Striders", "beta Joggers", "Delta Dashers", "Epsilon Easy", "Gamma 100% Club"]);
    expect((await api.clubs.discover({ query: "100%" })).items.map((c) => c.name)).toEqual(["Gamma 100% Club"]);
    expect((await api.clubs.discover({ query: "secret squad" })).items).toHaveLength(0);
  });
});

describe("joining", () => {
  it("joins an open club at once; joining twice changes nothing", async () => {
    const cast = await makeClubCast(t.db, { privacy: "public", joinPolicy: "open" });
    const api = callerFor(t.db, cast.stranger);
    expect(await api.clubs.join({ clubId: cast.club.id })).toEqual({ status: "active" });
    expect(await api.clubs.join({ clubId: cast.club.id })).toEqual({ status: "active" });
    expect(await memberCount(cast.club.id)).toBe(4);
    expect((await api.clubs.myClubs()).map((c) => c.id)).toContain(cast.club.id);
  });

  it("asks to join an approval club and tells the owner and coaches", async () => {
    const cast = await makeClubCast(t.db, { privacy: "public", joinPolicy: "approval" });
    expect(await callerFor(t.db, cast.stranger).clubs.join({ clubId: cast.club.id })).toEqual({ status: "pending" });
    expect(await memberCount(cast.club.id)).toBe(3);
    expect(await kindsFor(cast.owner.id)).toContain("club.join_request");
    expect(await kindsFor(cast.coach.id)).toContain("club.join_request");
    expect(await kindsFor(cast.member.id)).not.toContain("club.join_request");
    expect((await callerFor(t.db, cast.stranger).clubs.myRequests()).map((c) => c.id)).toEqual([cast.club.id]);
  });

  it("refuses an invite-only club without a link", async () => {
    const cast = await makeClubCast(t.db, { privacy: "public", joinPolicy: "invite" });
    await expectTRPCError(callerFor(t.db, cast.stranger).clubs.join({ clubId: cast.club.id }), "FORBIDDEN");
    expect(await membership(cast.club.id, cast.stranger.id)).toBeNull();
  });

  it("approves a request: active, counted, told, audited", async () => {
    const cast = await makeClubCast(t.db);
    await callerFor(t.db, cast.coach).clubs.decideRequest({ clubId: cast.club.id, userId: cast.pending.id, decision: "approve" });
    expect(await membership(cast.club.id, cast.pending.id)).toMatchObject({ status: "active", role: "member" });
    expect(await memberCount(cast.club.id)).toBe(4);
    expect(await kindsFor(cast.pending.id)).toContain("club.join_approved");
    expect(await auditActions(cast.club.id)).toContain("member.approved");
    // Deciding again finds nothing pending.
    await expectTRPCError(callerFor(t.db, cast.coach).clubs.decideRequest({ clubId: cast.club.id, userId: cast.pending.id, decision: "decline" }), "NOT_FOUND");
  });

  it("declines a request: told, audited, and they may ask again", async () => {
    const cast = await makeClubCast(t.db, { privacy: "public", joinPolicy: "approval" });
    await callerFor(t.db, cast.owner).clubs.decideRequest({ clubId: cast.club.id, userId: cast.pending.id, decision: "decline" });
    expect(await membership(cast.club.id, cast.pending.id)).toMatchObject({ status: "declined" });
    expect(await kindsFor(cast.pending.id)).toContain("club.join_declined");
    expect(await auditActions(cast.club.id)).toContain("member.declined");
    expect(await callerFor(t.db, cast.pending).clubs.join({ clubId: cast.club.id })).toEqual({ status: "pending" });
  });

  it("lets a member leave and a requester withdraw, keeping the count right", async () => {
    const cast = await makeClubCast(t.db);
    await callerFor(t.db, cast.member).clubs.leave({ clubId: cast.club.id });
    await callerFor(t.db, cast.pending).clubs.leave({ clubId: cast.club.id });
    expect(await membership(cast.club.id, cast.member.id)).toBeNull();
    expect(await membership(cast.club.id, cast.pending.id)).toBeNull();
    expect(await memberCount(cast.club.id)).toBe(2);
    // Once out of a private club, it is hidden again.
    await expectTRPCError(callerFor(t.db, cast.member).clubs.bySlug({ slug: cast.club.slug }), "NOT_FOUND");
  });
});

describe("roles and the last owner", () => {
  it("promotes and demotes coaches, telling them and auditing it", async () => {
    const cast = await makeClubCast(t.db);
    const api = callerFor(t.db, cast.owner);
    await api.clubs.changeRole({ clubId: cast.club.id, userId: cast.member.id, role: "coach" });
    await api.clubs.changeRole({ clubId: cast.club.id, userId: cast.coach.id, role: "member" });
    expect(await membership(cast.club.id, cast.member.id)).toMatchObject({ role: "coach" });
    expect(await membership(cast.club.id, cast.coach.id)).toMatchObject({ role: "member" });
    expect(await kindsFor(cast.member.id)).toContain("club.role_changed");
    const log = await api.clubs.auditLog({ clubId: cast.club.id });
    expect(log.items.map((e) => [e.action, e.targetName, e.actorName])).toEqual([
      ["role.changed", cast.coach.name, cast.owner.name],
      ["role.changed", cast.member.name, cast.owner.name],
    ]);
  });

  it("refuses to demote or remove the owner, or let them leave, and changes nothing", async () => {
    const cast = await makeClubCast(t.db);
    const api = callerFor(t.db, cast.owner);
    await expectTRPCError(api.clubs.changeRole({ clubId: cast.club.id, userId: cast.owner.id, role: "member" }), "BAD_REQUEST", "userId");
    await expectTRPCError(api.clubs.removeMember({ clubId: cast.club.id, userId: cast.owner.id }), "BAD_REQUEST", "userId");
    const leaving = await expectTRPCError(api.clubs.leave({ clubId: cast.club.id }), "BAD_REQUEST");
    expect(leaving.message).toMatch(/Transfer ownership/);
    expect(await membership(cast.club.id, cast.owner.id)).toMatchObject({ role: "owner", status: "active" });
    expect(await auditActions(cast.club.id)).toEqual([]);
  });

  it("transfers ownership; the old owner becomes a coach and may then leave", async () => {
    const cast = await makeClubCast(t.db);
    await expectTRPCError(callerFor(t.db, cast.owner).clubs.transferOwnership({ clubId: cast.club.id, userId: cast.pending.id }), "BAD_REQUEST", "userId");
    await callerFor(t.db, cast.owner).clubs.transferOwnership({ clubId: cast.club.id, userId: cast.member.id });
    expect(await membership(cast.club.id, cast.member.id)).toMatchObject({ role: "owner" });
    expect(await membership(cast.club.id, cast.owner.id)).toMatchObject({ role: "coach" });
    expect(await auditActions(cast.club.id)).toContain("ownership.transferred");
    await callerFor(t.db, cast.owner).clubs.leave({ clubId: cast.club.id });
    expect(await memberCount(cast.club.id)).toBe(2);
  });

  it("removes a member for good: not through join, not through an old link", async () => {
    const cast = await makeClubCast(t.db, { privacy: "public", joinPolicy: "open" });
    const { token } = await callerFor(t.db, cast.owner).invites.create({ clubId: cast.club.id });
    await callerFor(t.db, cast.owner).clubs.removeMember({ clubId: cast.club.id, userId: cast.member.id });
    expect(await memberCount(cast.club.id)).toBe(2);
    expect(await auditActions(cast.club.id)).toContain("member.removed");
    const api = callerFor(t.db, cast.member);
    await expectTRPCError(api.clubs.join({ clubId: cast.club.id }), "FORBIDDEN");
    await expectTRPCError(api.invites.accept({ token }), "FORBIDDEN");
    expect(await membership(cast.club.id, cast.member.id)).toMatchObject({ status: "removed" });
    expect(await memberCount(cast.club.id)).toBe(2);
  });
});

describe("invite links", () => {
  it("stores only a hash and admits a runner straight into a private approval club through the link", async () => {
    const cast = await makeClubCast(t.db);
    const invite = await callerFor(t.db, cast.coach).invites.create({ clubId: cast.club.id, maxUses: 3, expiresInDays: 7 });
    const [row] = await t.db.select().from(clubInvites).where(eq(clubInvites.id, invite.id));
    expect(row!.tokenHash).not.toContain(invite.token);
    expect(JSON.stringify(row)).not.toContain(invite.token);

    const preview = await callerFor(t.db, cast.stranger).invites.preview({ token: invite.token });
    expect(preview).toMatchObject({ state: "valid", myStatus: null, club: { name: cast.club.name, joinPolicy: "approval" } });
    expect(await callerFor(t.db, cast.stranger).invites.accept({ token: invite.token })).toEqual({ status: "active", slug: cast.club.slug });
    // Accepting again uses nothing up.
    await callerFor(t.db, cast.stranger).invites.accept({ token: invite.token });
    const [after] = await t.db.select().from(clubInvites).where(eq(clubInvites.id, invite.id));
    expect(after!.uses).toBe(1);
    expect((await callerFor(t.db, cast.stranger).clubs.bySlug({ slug: cast.club.slug })).myStatus).toBe("active");
  });

  it("joins an invite-only club at once", async () => {
    const cast = await makeClubCast(t.db, { joinPolicy: "invite" });
    const { token } = await callerFor(t.db, cast.owner).invites.create({ clubId: cast.club.id });
    expect((await callerFor(t.db, cast.stranger).invites.accept({ token })).status).toBe("active");
    expect(await memberCount(cast.club.id)).toBe(4);
  });

  it("refuses expired, used-up and revoked links at the token field, writing nothing", async () => {
    const cast = await makeClubCast(t.db, { joinPolicy: "invite" });
    const owner = callerFor(t.db, cast.owner);
    const expired = await owner.invites.create({ clubId: cast.club.id, expiresInDays: 1 });
    await t.db.update(clubInvites).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(clubInvites.id, expired.id));
    const once = await owner.invites.create({ clubId: cast.club.id, maxUses: 1 });
    await callerFor(t.db, cast.otherCoach).invites.accept({ token: once.token });
    const revoked = await owner.invites.create({ clubId: cast.club.id });
    await owner.invites.revoke({ clubId: cast.club.id, inviteId: revoked.id });

    const api = callerFor(t.db, cast.stranger);
    for (const [token, pattern] of [[expired.token, /expired/], [once.token, /used as many times/], [revoked.token, /revoked/]] as const) {
      const error = await expectTRPCError(api.invites.accept({ token }), "BAD_REQUEST", "token");
      expect(error.message).toMatch(pattern);
    }
    expect(await membership(cast.club.id, cast.stranger.id)).toBeNull();
    const states = (await owner.invites.list({ clubId: cast.club.id })).items.map((i) => i.state).sort();
    expect(states).toEqual(["expired", "revoked", "used_up"]);
    await expectTRPCError(api.invites.accept({ token: "x".repeat(43) }), "NOT_FOUND");
  });

  it("never lets more people in than the use limit, even at once", async () => {
    const cast = await makeClubCast(t.db, { joinPolicy: "invite" });
    const { token } = await callerFor(t.db, cast.owner).invites.create({ clubId: cast.club.id, maxUses: 2 });
    const people = await Promise.all([1, 2, 3, 4].map(() => makeUser(t.db)));
    const results = await Promise.allSettled(people.map((p) => callerFor(t.db, p).invites.accept({ token })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(await memberCount(cast.club.id)).toBe(5);
  });
});
