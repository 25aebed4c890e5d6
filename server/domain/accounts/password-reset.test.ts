import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { accountTokens, users } from "@/db/schema";
import { activeSessionUser } from "@/server/domain/accounts/sessions";
import { verifyCredentials } from "@/server/domain/accounts/verify-credentials";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser, TEST_PASSWORD } from "@/server/test/fixtures";
import { linkIn, setupMailTest } from "@/server/test/mail-worker";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
const mail = setupMailTest(t);
const signedOut = () => callerFor(t.db, null);

async function resetLinkFor(email: string): Promise<string> {
  const before = mail.smtp.to(email).length;
  await signedOut().account.requestPasswordReset({ email: email.toUpperCase() });
  await mail.deliver();
  const [message] = (await mail.smtp.waitFor(email, { count: before + 1 })).slice(-1);
  expect(message!.subject).toBe("Choose a new Run Forward password");
  return linkIn(message!.text, "/reset-password").searchParams.get("token")!;
}

describe("forgot password", () => {
  it("emails a single-use link, stored only as a hash; the new password works and every older session is signed out", async () => {
    const user = await makeUser(t.db);
    const asked = Date.now();
    const token = await resetLinkFor(user.email);
    const answered = Date.now();
    const [stored] = await t.db.select().from(accountTokens).where(eq(accountTokens.userId, user.id));
    expect(stored!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
    // An hour to use it, by the app's clock (the database server's may differ under faketime).
    expect(stored!.expiresAt.getTime()).toBeGreaterThanOrEqual(asked + 60 * 60_000);
    expect(stored!.expiresAt.getTime()).toBeLessThanOrEqual(answered + 60 * 60_000);

    const oldSession = { uid: user.id, sv: user.sessionVersion };
    expect(await activeSessionUser(t.db, oldSession)).not.toBeNull();
    expect(await signedOut().account.resetPassword({ token, newPassword: "a-fresh-password-1" })).toEqual({ email: user.email });

    expect(await activeSessionUser(t.db, oldSession), "the session from before the reset").toBeNull();
    expect((await verifyCredentials(t.db, user.email, "a-fresh-password-1", "203.0.113.9")).ok).toBe(true);
    expect((await verifyCredentials(t.db, user.email, TEST_PASSWORD, "203.0.113.9")).ok).toBe(false);

    const again = await expectTRPCError(signedOut().account.resetPassword({ token, newPassword: "another-password-2" }), "BAD_REQUEST", "token");
    expect(again.message).toMatch(/already been used/);
    expect((await verifyCredentials(t.db, user.email, "a-fresh-password-1", "203.0.113.9")).ok, "the second use changed nothing").toBe(true);
  });

  it("answers an unknown address exactly as a known one, and emails nobody", async () => {
    const known = await makeUser(t.db);
    const unknown = `nobody-${known.id}@example.test`;
    const answers = await Promise.all([known.email, unknown].map((email) => signedOut().account.requestPasswordReset({ email })));
    expect(answers[1]).toEqual({ checkEmail: unknown });
    expect(Object.keys(answers[0]!)).toEqual(Object.keys(answers[1]!));
    await mail.deliver();
    await mail.smtp.waitFor(known.email);
    expect(mail.smtp.to(unknown)).toHaveLength(0);
  });

  it("refuses a wrong, an expired and a superseded link at the token field, changing nothing", async () => {
    const user = await makeUser(t.db);
    const first = await resetLinkFor(user.email);
    const second = await resetLinkFor(user.email);
    const hashBefore = (await t.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, user.id)))[0]!.h;

    const wrong = await expectTRPCError(signedOut().account.resetPassword({ token: `${second}x`, newPassword: "a-fresh-password-1" }), "BAD_REQUEST", "token");
    expect(wrong.message).toMatch(/isn't valid/);
    const superseded = await expectTRPCError(signedOut().account.resetPassword({ token: first, newPassword: "a-fresh-password-1" }), "BAD_REQUEST", "token");
    expect(superseded.message).toMatch(/newer one/);

    await t.db.update(accountTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(accountTokens.tokenHash, createHash("sha256").update(second).digest("hex")));
    const expired = await expectTRPCError(signedOut().account.resetPassword({ token: second, newPassword: "a-fresh-password-1" }), "BAD_REQUEST", "token");
    expect(expired.message).toMatch(/expired/);

    const hashAfter = (await t.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, user.id)))[0]!.h;
    expect(hashAfter).toBe(hashBefore);
    await expectTRPCError(signedOut().account.resetPassword({ token: "short", newPassword: "a-fresh-password-1" }), "BAD_REQUEST", "token");
    await expectTRPCError(signedOut().account.resetPassword({ token: second, newPassword: "short" }), "BAD_REQUEST", "newPassword");
  });

  it("keeps the link out of the queue's table too: an account message waits there sealed", async () => {
    const user = await makeUser(t.db);
    await signedOut().account.requestPasswordReset({ email: user.email });
    const rows = await t.query<{ data: Record<string, unknown> }>("select data from pgboss.job where name = 'mail.send' and data->>'userId' = $1", [user.id]);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!.data).sort()).toEqual(["sealed", "topic", "userId"]);
    expect(JSON.stringify(rows[0]!.data)).not.toMatch(/reset-password|Choose a new/);
    const token = await resetLinkFor(user.email);
    expect(JSON.stringify(await t.query("select data from pgboss.job where name = 'mail.send'"))).not.toContain(token);
  });

  it("sends a plain-text and an HTML part, about the account, with no unsubscribe", async () => {
    const user = await makeUser(t.db, { name: "Ria <b>Bold</b>" });
    await resetLinkFor(user.email);
    const message = mail.smtp.to(user.email).at(-1)!;
    expect(message.text).toContain("This email is about your Run Forward account.");
    expect(message.html).toContain("Choose a new password");
    expect(message.html).toContain("/reset-password?token=");
    expect(message.headers.has("list-unsubscribe")).toBe(false);
  });
});
