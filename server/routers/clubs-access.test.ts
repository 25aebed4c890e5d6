// The authorization matrix: every club, invite, group-run and notification procedure, called by each kind of
// caller. Each case gets a fresh cast, so a mutation in one case can't change what another case sees.
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupRuns } from "@/db/schema";
import { notify } from "@/server/domain/notifications/notify";
import { createInvite } from "@/server/domain/clubs/create-invite";
import { CAST_ROLES, castUser, makeClubCast, type CastRole, type ClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor } from "@/server/test/fixtures";
import { createTestDb, type TestDb } from "@/server/test/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.cleanup();
});

type Caller = ReturnType<typeof callerFor>;
type Outcome = "ok" | TRPCError["code"];
type Call = (api: Caller, cast: ClubCast, role: CastRole) => Promise<unknown>;

const inAWeek = () => {
  const d = new Date(Date.now() + 7 * 86_400_000);
  return d.toISOString().slice(0, 16);
};

async function addRun(cast: ClubCast) {
  const [run] = await t.db
    .insert(groupRuns)
    .values({ clubId: cast.club.id, createdBy: cast.coach.id, title: "Tempo Tuesday", startsAt: new Date(Date.now() + 86_400_000) })
    .returning();
  return run!;
}

// Outcomes in CAST_ROLES order: signedOut, stranger, pending, member, coach, owner, otherCoach.
const U = "UNAUTHORIZED", N = "NOT_FOUND", F = "FORBIDDEN", B = "BAD_REQUEST";
const MEMBER_ONLY: Outcome[] = [U, N, N, "ok", "ok", "ok", N];
const COACH_ONLY: Outcome[] = [U, N, N, F, "ok", "ok", N];
const OWNER_ONLY: Outcome[] = [U, N, N, F, F, "ok", N];
const ANY_SIGNED_IN: Outcome[] = [U, "ok", "ok", "ok", "ok", "ok", "ok"];

const PRIVATE_MATRIX: [string, Call, Outcome[]][] = [
  ["clubs.bySlug", (api, c) => api.clubs.bySlug({ slug: c.club.slug }), [N, N, "ok", "ok", "ok", "ok", N]],
  ["clubs.myClubs", (api) => api.clubs.myClubs(), ANY_SIGNED_IN],
  ["clubs.myRequests", (api) => api.clubs.myRequests(), ANY_SIGNED_IN],
  ["clubs.discover", (api) => api.clubs.discover({}), ["ok", "ok", "ok", "ok", "ok", "ok", "ok"]],
  [
    "clubs.create",
    (api) => api.clubs.create({ name: "New", slug: `new-${crypto.randomUUID().slice(0, 8)}`, description: "", area: "", timeZone: "UTC", privacy: "public", joinPolicy: "open" }),
    ANY_SIGNED_IN,
  ],
  [
    "clubs.update",
    (api, c) => api.clubs.update({ clubId: c.club.id, name: "Renamed", slug: c.club.slug, description: "", area: "", timeZone: "UTC", privacy: "private", joinPolicy: "approval" }),
    OWNER_ONLY,
  ],
  ["clubs.delete", (api, c) => api.clubs.delete({ clubId: c.club.id, confirmName: c.club.name }), OWNER_ONLY],
  ["clubs.join", (api, c) => api.clubs.join({ clubId: c.club.id }), [U, N, "ok", "ok", "ok", "ok", N]],
  ["clubs.leave", (api, c) => api.clubs.leave({ clubId: c.club.id }), [U, N, "ok", "ok", "ok", B, N]],
  ["clubs.members", (api, c) => api.clubs.members({ clubId: c.club.id }), MEMBER_ONLY],
  ["clubs.pendingRequests", (api, c) => api.clubs.pendingRequests({ clubId: c.club.id }), COACH_ONLY],
  ["clubs.decideRequest", (api, c) => api.clubs.decideRequest({ clubId: c.club.id, userId: c.pending.id, decision: "approve" }), COACH_ONLY],
  ["clubs.changeRole", (api, c) => api.clubs.changeRole({ clubId: c.club.id, userId: c.member.id, role: "coach" }), OWNER_ONLY],
  ["clubs.removeMember", (api, c) => api.clubs.removeMember({ clubId: c.club.id, userId: c.member.id }), OWNER_ONLY],
  ["clubs.transferOwnership", (api, c) => api.clubs.transferOwnership({ clubId: c.club.id, userId: c.coach.id }), OWNER_ONLY],
  ["clubs.auditLog", (api, c) => api.clubs.auditLog({ clubId: c.club.id }), OWNER_ONLY],
  ["invites.create", (api, c) => api.invites.create({ clubId: c.club.id, maxUses: 5 }), COACH_ONLY],
  ["invites.list", (api, c) => api.invites.list({ clubId: c.club.id }), COACH_ONLY],
  [
    "invites.revoke",
    async (api, c) => {
      const invite = await createInvite(t.db, { actorId: c.owner.id, clubId: c.club.id, input: {} });
      return api.invites.revoke({ clubId: c.club.id, inviteId: invite.id });
    },
    COACH_ONLY,
  ],
  [
    "invites.preview",
    async (api, c) => api.invites.preview({ token: (await createInvite(t.db, { actorId: c.owner.id, clubId: c.club.id, input: {} })).token }),
    ["ok", "ok", "ok", "ok", "ok", "ok", "ok"],
  ],
  ["invites.accept", async (api, c) => api.invites.accept({ token: (await createInvite(t.db, { actorId: c.owner.id, clubId: c.club.id, input: {} })).token }), ANY_SIGNED_IN],
  ["groupRuns.list", (api, c) => api.groupRuns.list({ clubId: c.club.id, when: "upcoming" }), [N, N, N, "ok", "ok", "ok", N]],
  ["groupRuns.byId", async (api, c) => api.groupRuns.byId({ clubId: c.club.id, runId: (await addRun(c)).id }), [N, N, N, "ok", "ok", "ok", N]],
  [
    "groupRuns.create",
    (api, c) => api.groupRuns.create({ clubId: c.club.id, title: "Hills", startsAtLocal: inAWeek(), meetingPoint: "", paceGroups: [], notes: "" }),
    COACH_ONLY,
  ],
  ["groupRuns.rsvp", async (api, c) => api.groupRuns.rsvp({ clubId: c.club.id, runId: (await addRun(c)).id, status: "going" }), MEMBER_ONLY],
  ["groupRuns.cancel", async (api, c) => api.groupRuns.cancel({ clubId: c.club.id, runId: (await addRun(c)).id }), COACH_ONLY],
  ["notifications.list", (api) => api.notifications.list({}), ANY_SIGNED_IN],
  ["notifications.unreadCount", (api) => api.notifications.unreadCount(), ANY_SIGNED_IN],
  ["notifications.markAllRead", (api) => api.notifications.markAllRead(), ANY_SIGNED_IN],
  [
    "notifications.markRead",
    async (api, c, role) => {
      // Each caller marks a notification of their own (signed out: somebody's).
      const user = castUser(c, role) ?? c.member;
      await notify(t.db, [{ userId: user.id, kind: "test", title: "Hello" }]);
      const [n] = (await callerFor(t.db, user).notifications.list({ limit: 1 })).items;
      return api.notifications.markRead({ id: n!.id });
    },
    ANY_SIGNED_IN,
  ],
];

async function expectOutcome(promise: Promise<unknown>, outcome: Outcome) {
  if (outcome === "ok") await promise; // rejects, and so fails the test, if refused
  else await expectTRPCError(promise, outcome);
}

describe("a private club: each procedure for each caller", () => {
  for (const [name, call, outcomes] of PRIVATE_MATRIX) {
    it.each(CAST_ROLES.map((role, i) => [role, outcomes[i]!] as const))(`${name} as %s -> %s`, async (role, outcome) => {
      const cast = await makeClubCast(t.db);
      await expectOutcome(call(callerFor(t.db, castUser(cast, role)), cast, role), outcome);
    });
  }
});

// In a public club outsiders see the club's page and schedule, but nothing inside it.
const PUBLIC_CASES: [string, Call, Outcome[]][] = [
  ["clubs.bySlug", (api, c) => api.clubs.bySlug({ slug: c.club.slug }), ["ok", "ok", "ok", "ok", "ok", "ok", "ok"]],
  ["clubs.members", (api, c) => api.clubs.members({ clubId: c.club.id }), [U, F, F, "ok", "ok", "ok", F]],
  ["clubs.pendingRequests", (api, c) => api.clubs.pendingRequests({ clubId: c.club.id }), [U, F, F, F, "ok", "ok", F]],
  ["clubs.auditLog", (api, c) => api.clubs.auditLog({ clubId: c.club.id }), [U, F, F, F, F, "ok", F]],
  ["clubs.join", (api, c) => api.clubs.join({ clubId: c.club.id }), [U, "ok", "ok", "ok", "ok", "ok", "ok"]],
  ["groupRuns.list", (api, c) => api.groupRuns.list({ clubId: c.club.id, when: "upcoming" }), ["ok", "ok", "ok", "ok", "ok", "ok", "ok"]],
  ["groupRuns.rsvp", async (api, c) => api.groupRuns.rsvp({ clubId: c.club.id, runId: (await addRun(c)).id, status: "maybe" }), [U, F, F, "ok", "ok", "ok", F]],
  ["invites.create", (api, c) => api.invites.create({ clubId: c.club.id }), [U, F, F, F, "ok", "ok", F]],
];

describe("a public club: outsiders are refused with FORBIDDEN, not hidden", () => {
  for (const [name, call, outcomes] of PUBLIC_CASES) {
    it.each(CAST_ROLES.map((role, i) => [role, outcomes[i]!] as const))(`${name} as %s -> %s`, async (role, outcome) => {
      const cast = await makeClubCast(t.db, { privacy: "public", joinPolicy: "approval" });
      await expectOutcome(call(callerFor(t.db, castUser(cast, role)), cast, role), outcome);
    });
  }

  it("shows who is going only to members", async () => {
    const cast = await makeClubCast(t.db, { privacy: "public" });
    const run = await addRun(cast);
    await callerFor(t.db, cast.member).groupRuns.rsvp({ clubId: cast.club.id, runId: run.id, status: "going" });
    const outsider = await callerFor(t.db, cast.stranger).groupRuns.byId({ clubId: cast.club.id, runId: run.id });
    expect(outsider.people).toBeNull();
    expect(outsider.rsvpCounts.going).toBe(1);
    const inside = await callerFor(t.db, cast.member).groupRuns.byId({ clubId: cast.club.id, runId: run.id });
    expect(inside.people?.map((p) => p.name)).toEqual([cast.member.name]);
  });
});

describe("scoping across clubs", () => {
  it("a coach of another club cannot act on this club's runs or invites by passing their own club id", async () => {
    const cast = await makeClubCast(t.db);
    const run = await addRun(cast);
    const invite = await createInvite(t.db, { actorId: cast.owner.id, clubId: cast.club.id, input: {} });
    const api = callerFor(t.db, cast.otherCoach);
    await expectTRPCError(api.groupRuns.cancel({ clubId: cast.otherClub.id, runId: run.id }), "NOT_FOUND");
    await expectTRPCError(api.invites.revoke({ clubId: cast.otherClub.id, inviteId: invite.id }), "NOT_FOUND");
    await expectTRPCError(api.clubs.removeMember({ clubId: cast.otherClub.id, userId: cast.member.id }), "FORBIDDEN");
    await expectTRPCError(api.clubs.decideRequest({ clubId: cast.otherClub.id, userId: cast.pending.id, decision: "approve" }), "NOT_FOUND");
  });

  it("nobody can mark another person's notification read", async () => {
    const cast = await makeClubCast(t.db);
    await notify(t.db, [{ userId: cast.member.id, kind: "test", title: "Yours" }]);
    const [n] = (await callerFor(t.db, cast.member).notifications.list({})).items;
    await expectTRPCError(callerFor(t.db, cast.coach).notifications.markRead({ id: n!.id }), "NOT_FOUND");
    expect((await callerFor(t.db, cast.member).notifications.list({})).items[0]!.readAt).toBeNull();
  });
});
