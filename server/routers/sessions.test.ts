// Revoked sessions: a cookie whose user is gone or whose session version is older than the user's is signed out,
// and every procedure then answers UNAUTHORIZED (never a 500 from a foreign key, never empty data).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { verifyPassword } from "@/server/domain/accounts/passwords";
import { activeSessionUser, revokeSessions, type SessionClaims } from "@/server/domain/accounts/sessions";
import { createCaller } from "@/server/routers/_app";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser, TEST_PASSWORD } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { createInnerContext } from "@/server/trpc";

const t = setupTestDb();

/** What a cookie issued now would carry: the user's id and current session version. */
async function claimsNow(db: Db, userId: string): Promise<SessionClaims> {
  const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return { uid: userId, sv: row!.sv };
}

/** A caller built the way the request context builds it: the cookie's claims checked against the database. */
async function callerForCookie(db: Db, claims: SessionClaims) {
  return createCaller(createInnerContext({ db, user: await activeSessionUser(db, claims), ip: "127.0.0.1" }));
}

const goal = { horizon: "year" as const, title: "Run a marathon", details: "", status: "active" as const, shareWithCoaches: false };
const club = { name: "Night Owls", slug: "", description: "", area: "Riverside", timeZone: "Europe/London", privacy: "public", joinPolicy: "open" } as const;

/** Writes that used to 500 on a foreign key and reads that used to answer empty, for a signed-out cookie. */
async function expectSignedOut(db: Db, claims: SessionClaims) {
  const api = await callerForCookie(db, claims);
  await expectTRPCError(api.goals.create(goal), "UNAUTHORIZED");
  await expectTRPCError(api.clubs.create({ ...club, slug: `owls-${crypto.randomUUID().slice(0, 8)}` }), "UNAUTHORIZED");
  await expectTRPCError(api.blocks.rotateCalendar(), "UNAUTHORIZED");
  await expectTRPCError(api.goals.mine(), "UNAUTHORIZED");
  await expectTRPCError(api.clubs.myClubs(), "UNAUTHORIZED");
  await expectTRPCError(api.account.me(), "UNAUTHORIZED");
}

describe("activeSessionUser", () => {
  it("passes a current cookie, and procedures work for it", async () => {
    const me = await makeUser(t.db);
    const claims = await claimsNow(t.db, me.id);
    expect(await activeSessionUser(t.db, claims)).toEqual({ id: me.id });
    const api = await callerForCookie(t.db, claims);
    expect((await api.account.me()).id).toBe(me.id);
    await api.goals.create(goal);
    expect(await api.goals.mine()).toHaveLength(1);
  });

  it("refuses a cookie issued at an older version", async () => {
    const me = await makeUser(t.db, { sessionVersion: 3 });
    expect(await activeSessionUser(t.db, { uid: me.id, sv: 2 })).toBeNull();
    expect(await activeSessionUser(t.db, { uid: me.id, sv: 3 })).toEqual({ id: me.id });
  });

  it("refuses a cookie whose user was deleted, and every procedure answers UNAUTHORIZED", async () => {
    const me = await makeUser(t.db);
    const claims = await claimsNow(t.db, me.id);
    await callerFor(t.db, me).data.deleteAccount({ confirmation: "delete my account" });
    expect(await activeSessionUser(t.db, claims)).toBeNull();
    await expectSignedOut(t.db, claims);
  });

  it("refuses cookies with no version or a malformed id, without a query error", async () => {
    const me = await makeUser(t.db);
    expect(await activeSessionUser(t.db, { uid: me.id })).toBeNull();
    expect(await activeSessionUser(t.db, { uid: "not-a-uuid", sv: 0 })).toBeNull();
    expect(await activeSessionUser(t.db, { uid: me.id, sv: "0" })).toBeNull();
    expect(await activeSessionUser(t.db, null)).toBeNull();
  });
});

describe("account.signOutEverywhere", () => {
  it("turns every older cookie away, and a new sign-in works", async () => {
    const me = await makeUser(t.db);
    const other = await makeUser(t.db);
    const laptop = await claimsNow(t.db, me.id);
    const othersCookie = await claimsNow(t.db, other.id);
    await (await callerForCookie(t.db, laptop)).account.signOutEverywhere();
    expect(await activeSessionUser(t.db, laptop)).toBeNull();
    await expectSignedOut(t.db, laptop);
    // Only this user's sessions end.
    expect(await activeSessionUser(t.db, othersCookie)).toEqual({ id: other.id });
    expect(await activeSessionUser(t.db, await claimsNow(t.db, me.id))).toEqual({ id: me.id });
  });

  it("revokeSessions on a deleted user is a clear UNAUTHORIZED, not a silent no-op", async () => {
    const me = await makeUser(t.db);
    await t.db.delete(users).where(eq(users.id, me.id));
    await expect(revokeSessions(t.db, { userId: me.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("account.changePassword", () => {
  it("sets the new password and turns older cookies away", async () => {
    const me = await makeUser(t.db);
    const phone = await claimsNow(t.db, me.id);
    const result = await callerFor(t.db, me).account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a-brand-new-password" });
    expect(result.email).toBe(me.email);
    expect(await activeSessionUser(t.db, phone)).toBeNull();
    await expectSignedOut(t.db, phone);
    // A cookie issued at the returned version (this device, signed in again) is a session.
    expect(await activeSessionUser(t.db, { uid: me.id, sv: result.sessionVersion })).toEqual({ id: me.id });
    const [row] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, me.id));
    expect(await verifyPassword(row!.hash, "a-brand-new-password")).toBe(true);
    expect(await verifyPassword(row!.hash, TEST_PASSWORD)).toBe(false);
  });

  it("refuses a wrong current password at its field and changes nothing", async () => {
    const me = await makeUser(t.db);
    const phone = await claimsNow(t.db, me.id);
    await expectTRPCError(
      callerFor(t.db, me).account.changePassword({ currentPassword: "not-my-password", newPassword: "a-brand-new-password" }),
      "BAD_REQUEST",
      "currentPassword",
    );
    const [row] = await t.db.select({ hash: users.passwordHash, sv: users.sessionVersion }).from(users).where(eq(users.id, me.id));
    expect(row!.hash).toBe(me.passwordHash);
    expect(row!.sv).toBe(me.sessionVersion);
    expect(await activeSessionUser(t.db, phone)).toEqual({ id: me.id });
  });

  it("holds the new password to the sign-up rules, at its field", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    await expectTRPCError(api.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "short" }), "BAD_REQUEST", "newPassword");
    await expectTRPCError(api.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }), "BAD_REQUEST", "newPassword");
    await expectTRPCError(api.account.changePassword({ currentPassword: "", newPassword: "a-brand-new-password" }), "BAD_REQUEST", "currentPassword");
  });

  it("is refused to a revoked cookie, so it can't be used to guess the password", async () => {
    const me = await makeUser(t.db);
    const old = await claimsNow(t.db, me.id);
    await revokeSessions(t.db, { userId: me.id });
    const api = await callerForCookie(t.db, old);
    await expectTRPCError(api.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a-brand-new-password" }), "UNAUTHORIZED");
  });
});
