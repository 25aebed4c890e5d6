import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications } from "@/db/schema";
import { makeUser, TEST_PASSWORD } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";
import { MANY_FAILED_SIGN_INS_KIND, SIGN_IN_LIMITS, verifyCredentials } from "./verify-credentials";

const t = setupTestDb();

// Ten minutes into an hour (and so into a quarter hour): every attempt in a test lands in the same windows.
let hour = 0;
function freshHour(): Date {
  hour += 1;
  return new Date(Date.UTC(2030, 0, 1, hour, 10));
}

let n = 0;
function address(): string {
  n += 1;
  return `203.0.${Math.floor(n / 250)}.${n % 250}`;
}

describe("sign-in limits", () => {
  it("locks one email for one address after five failures, not for the owner elsewhere", async () => {
    const now = freshHour();
    const owner = await makeUser(t.db);
    const attacker = address();
    for (let i = 0; i < SIGN_IN_LIMITS.emailFromAddress.limit; i++) {
      expect(await verifyCredentials(t.db, owner.email, "wrong-guess", attacker, now)).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await verifyCredentials(t.db, owner.email, TEST_PASSWORD, attacker, now);
    expect(locked).toEqual({ ok: false, reason: "locked", message: "Too many failed sign-ins. Try again in 5 minutes." });
    expect((await verifyCredentials(t.db, owner.email, TEST_PASSWORD, address(), now)).ok).toBe(true);
  });

  it("stops one address trying many emails", async () => {
    const now = freshHour();
    const stuffer = address();
    const emails = await Promise.all(Array.from({ length: 7 }, () => makeUser(t.db).then((u) => u.email)));
    // 21 failures across 7 emails used to go through; the 21st attempt is now refused, whatever the email.
    for (let i = 0; i < SIGN_IN_LIMITS.address.limit; i++) {
      expect(await verifyCredentials(t.db, emails[i % 7]!, "wrong-guess", stuffer, now), `attempt ${i + 1}`).toMatchObject({ reason: "invalid" });
    }
    const victim = await makeUser(t.db);
    expect(await verifyCredentials(t.db, victim.email, TEST_PASSWORD, stuffer, now)).toMatchObject({ ok: false, reason: "locked" });
    expect((await verifyCredentials(t.db, victim.email, TEST_PASSWORD, address(), now)).ok).toBe(true);
  });

  it("locks an email for everyone only after many failures from many addresses, and tells the owner once", async () => {
    const now = freshHour();
    const owner = await makeUser(t.db);
    const unknownEmail = `nobody-${owner.id}@example.test`;
    for (let i = 0; i < SIGN_IN_LIMITS.email.limit; i++) {
      const from = address();
      expect((await verifyCredentials(t.db, owner.email, "wrong-guess", from, now)).ok).toBe(false);
      expect((await verifyCredentials(t.db, unknownEmail, "wrong-guess", from, now)).ok).toBe(false);
      if (i === SIGN_IN_LIMITS.email.limit - 2) {
        expect((await verifyCredentials(t.db, owner.email, TEST_PASSWORD, address(), now)).ok, "below the email-wide limit").toBe(true);
      }
    }
    const known = await verifyCredentials(t.db, owner.email, TEST_PASSWORD, address(), now);
    const unknown = await verifyCredentials(t.db, unknownEmail, "any-password", address(), now);
    expect(known).toEqual({ ok: false, reason: "locked", message: "Too many failed sign-ins. Try again in 50 minutes." });
    // The same answer for an email with no account: a lockout never tells who has one.
    expect(unknown).toEqual(known);

    const notices = await t.db.select().from(notifications).where(eq(notifications.userId, owner.id));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: MANY_FAILED_SIGN_INS_KIND, title: "Many failed sign-ins to your account" });
  }, 120_000);
});
