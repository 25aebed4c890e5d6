import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { verifyCredentials } from "@/server/domain/accounts/verify-credentials";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

async function userCount() {
  return (await t.db.select({ id: users.id }).from(users)).length;
}

describe("account.signUp", () => {
  it("creates an unverified account with an argon2id hash and a normalised email", async () => {
    const answer = await callerFor(t.db, null).account.signUp({ name: " Ada ", email: "Ada@Example.com", password: "long-enough-pw" });
    expect(answer).toEqual({ checkEmail: "ada@example.com" });
    const [row] = await t.db.select().from(users).where(eq(users.email, "ada@example.com"));
    expect(row!.name).toBe("Ada");
    expect(row!.emailVerifiedAt).toBeNull();
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row!.passwordHash).not.toContain("long-enough-pw");
  });

  it("answers a taken email exactly as a new one, and creates nothing or changes the owner's password", async () => {
    const before = await userCount();
    const [owner] = await t.db.select().from(users).where(eq(users.email, "ada@example.com"));
    const answer = await callerFor(t.db, null).account.signUp({ name: "Ada 2", email: "ADA@example.com", password: "another-long-pw" });
    expect(answer).toEqual({ checkEmail: "ada@example.com" });
    expect(await userCount()).toBe(before);
    const [after] = await t.db.select().from(users).where(eq(users.email, "ada@example.com"));
    expect(after).toEqual(owner);
  });

  it.each([
    ["a short password", { name: "Bo", email: "bo@example.com", password: "short" }, "password"],
    ["a malformed email", { name: "Bo", email: "not-an-email", password: "long-enough-pw" }, "email"],
    ["an empty name", { name: "  ", email: "bo@example.com", password: "long-enough-pw" }, "name"],
  ])("rejects %s at its field and writes nothing", async (_label, input, field) => {
    const before = await userCount();
    await expectTRPCError(callerFor(t.db, null).account.signUp(input), "BAD_REQUEST", field);
    expect(await userCount()).toBe(before);
  });
});

describe("sign-in lockout", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    await callerFor(t.db, null).account.signUp({ name: "Cy", email: "cy@example.com", password: "cy-password-1" });
    expect((await verifyCredentials(t.db, "CY@example.com", "cy-password-1", "203.0.113.1")).ok).toBe(true);
    expect(await verifyCredentials(t.db, "cy@example.com", "wrong-password", "203.0.113.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an email after five failures from one address, even for the right password", async () => {
    await callerFor(t.db, null).account.signUp({ name: "Di", email: "di@example.com", password: "di-password-1" });
    for (let i = 0; i < 5; i++) expect((await verifyCredentials(t.db, "di@example.com", "nope-nope-nope", "203.0.113.1")).ok).toBe(false);
    const locked = await verifyCredentials(t.db, "di@example.com", "di-password-1", "203.0.113.1");
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    // Another email is unaffected.
    expect((await verifyCredentials(t.db, "cy@example.com", "cy-password-1", "203.0.113.1")).ok).toBe(true);
  });
});

describe("account profile", () => {
  it("is closed to signed-out callers", async () => {
    await expectTRPCError(callerFor(t.db, null).account.me(), "UNAUTHORIZED");
    await expectTRPCError(callerFor(t.db, null).account.updateProfile({ name: "X", distanceUnit: "km", timeZone: "UTC" }), "UNAUTHORIZED");
  });

  it("updates only the caller's own name, units and time zone", async () => {
    const me = await makeUser(t.db);
    const other = await makeUser(t.db);
    const updated = await callerFor(t.db, me).account.updateProfile({ name: "New Name", distanceUnit: "mi", timeZone: "America/Denver" });
    expect(updated).toMatchObject({ name: "New Name", distanceUnit: "mi", timeZone: "America/Denver" });
    const [untouched] = await t.db.select().from(users).where(eq(users.id, other.id));
    expect(untouched!.name).toBe(other.name);
  });

  it("rejects an unknown time zone at its field and changes nothing", async () => {
    const me = await makeUser(t.db, { timeZone: "Europe/Paris" });
    await expectTRPCError(
      callerFor(t.db, me).account.updateProfile({ name: "Z", distanceUnit: "km", timeZone: "Mars/Olympus" }),
      "BAD_REQUEST",
      "timeZone",
    );
    const [row] = await t.db.select().from(users).where(eq(users.id, me.id));
    expect(row).toMatchObject({ name: me.name, timeZone: "Europe/Paris" });
  });
});
