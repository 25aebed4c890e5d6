import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { DEMO_ACCOUNTS, seedAccountsAndClub } from "@/server/seed/accounts";
import { verifyCredentials } from "@/server/domain/accounts/verify-credentials";
import { queueEmail } from "@/server/mail/queue-email";
import { renderEmail } from "@/server/mail/render-email";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser, TEST_PASSWORD } from "@/server/test/fixtures";
import { linkIn, setupMailTest } from "@/server/test/mail-worker";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();
const mail = setupMailTest(t);
const signedOut = () => callerFor(t.db, null);
const tag = () => crypto.randomUUID().slice(0, 8);

async function userByEmail(email: string) {
  const [row] = await t.db.select().from(users).where(eq(users.email, email));
  return row;
}

// Mail queued since the last look: counted before delivering, so a message already received isn't taken for it.
const seen = new Map<string, number>();
async function lastMailTo(email: string) {
  const count = (seen.get(email) ?? 0) + 1;
  await mail.deliver();
  const message = (await mail.smtp.waitFor(email, { count })).at(-1)!;
  seen.set(email, mail.smtp.to(email).length);
  return message;
}

function blockEmail(userId: string) {
  return { userId, topic: "blocks" as const, about: "coach Sam at Riverside Runners", subject: "Your down week starts Monday", ...renderEmail({ heading: "A down week", paragraphs: ["Easy days."] }) };
}

describe("sign-up and verification", () => {
  it("sends a new account a verification link, and nothing else until it is used", async () => {
    const email = `new-${tag()}@example.test`;
    expect(await signedOut().account.signUp({ name: "Nia", email, password: "long-enough-pw" })).toEqual({ checkEmail: email });
    const verification = await lastMailTo(email);
    expect(verification.subject).toBe("Confirm your email for Run Forward");
    const user = (await userByEmail(email))!;
    expect(user.emailVerifiedAt).toBeNull();

    // Coach mail to an unverified address is dropped, not sent later.
    await queueEmail(t.db, blockEmail(user.id));
    await mail.deliver();
    expect(mail.smtp.to(email)).toHaveLength(1);
    seen.set(email, 1);

    const token = linkIn(verification.text, "/verify-email").searchParams.get("token")!;
    expect(await signedOut().account.verifyEmail({ token })).toEqual({ email });
    expect((await userByEmail(email))!.emailVerifiedAt).not.toBeNull();
    await expectTRPCError(signedOut().account.verifyEmail({ token }), "BAD_REQUEST", "token");

    await queueEmail(t.db, blockEmail(user.id));
    const block = await lastMailTo(email);
    expect(block.subject).toBe("Your down week starts Monday");
    expect(block.text).toContain("This email is about coach Sam at Riverside Runners.");
  });

  it("answers a taken address as a new one, emails its owner instead, and changes nothing", async () => {
    const owner = await makeUser(t.db, { emailVerifiedAt: new Date() });
    const before = await userByEmail(owner.email);
    const answer = await signedOut().account.signUp({ name: "Impostor", email: owner.email.toUpperCase(), password: "someone-elses-pw" });
    expect(answer).toEqual({ checkEmail: owner.email });
    const notice = await lastMailTo(owner.email);
    expect(notice.subject).toBe("Someone tried to sign up with your address");
    expect(notice.text).toContain("/forgot-password");
    expect(await userByEmail(owner.email)).toEqual(before);
    expect((await verifyCredentials(t.db, owner.email, "someone-elses-pw", "203.0.113.20")).ok).toBe(false);
  });

  it("resends the link from the profile, and says when the address is already confirmed", async () => {
    const user = await makeUser(t.db);
    expect(await callerFor(t.db, user).account.resendVerification()).toEqual({ alreadyVerified: false, email: user.email });
    expect((await lastMailTo(user.email)).subject).toBe("Confirm your email for Run Forward");
    await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
    expect(await callerFor(t.db, user).account.resendVerification()).toEqual({ alreadyVerified: true, email: user.email });
    await expectTRPCError(signedOut().account.resendVerification(), "UNAUTHORIZED");
  });
});

describe("change email", () => {
  it("needs the current password, confirms from the new address, tells the old one, and retires old links", async () => {
    const user = await makeUser(t.db, { emailVerifiedAt: new Date() });
    const me = callerFor(t.db, user);
    const newEmail = `moved-${tag()}@example.test`;
    await expectTRPCError(me.account.requestEmailChange({ newEmail, currentPassword: "not-my-password" }), "BAD_REQUEST", "currentPassword");
    await expectTRPCError(me.account.requestEmailChange({ newEmail: user.email, currentPassword: TEST_PASSWORD }), "BAD_REQUEST", "newEmail");
    await expectTRPCError(me.account.requestEmailChange({ newEmail: "nope", currentPassword: TEST_PASSWORD }), "BAD_REQUEST", "newEmail");

    // A reset link sent to the old address before the move.
    await signedOut().account.requestPasswordReset({ email: user.email });
    const reset = await lastMailTo(user.email);
    const resetToken = linkIn(reset.text, "/reset-password").searchParams.get("token")!;

    expect(await me.account.requestEmailChange({ newEmail, currentPassword: TEST_PASSWORD })).toEqual({ checkEmail: newEmail });
    const confirm = await lastMailTo(newEmail);
    expect(confirm.subject).toBe("Confirm your new email for Run Forward");
    expect((await lastMailTo(user.email)).subject).toBe("Your Run Forward email is about to change");
    expect((await userByEmail(user.email))!.id, "nothing moves before the new address confirms").toBe(user.id);

    const token = linkIn(confirm.text, "/confirm-email").searchParams.get("token")!;
    expect(await signedOut().account.confirmEmailChange({ token })).toEqual({ email: newEmail });
    const moved = (await userByEmail(newEmail))!;
    expect(moved.id).toBe(user.id);
    expect(moved.emailVerifiedAt).not.toBeNull();
    expect(await userByEmail(user.email)).toBeUndefined();
    expect((await lastMailTo(user.email)).subject).toBe("Your Run Forward email was changed");

    await expectTRPCError(signedOut().account.resetPassword({ token: resetToken, newPassword: "taken-over-pw-1" }), "BAD_REQUEST", "token");
    await expectTRPCError(signedOut().account.confirmEmailChange({ token }), "BAD_REQUEST", "token");
  });

  it("never tells whether the new address has an account: its owner is told instead", async () => {
    const user = await makeUser(t.db, { emailVerifiedAt: new Date() });
    const other = await makeUser(t.db, { emailVerifiedAt: new Date() });
    const answer = await callerFor(t.db, user).account.requestEmailChange({ newEmail: other.email, currentPassword: TEST_PASSWORD });
    expect(answer).toEqual({ checkEmail: other.email });
    expect((await lastMailTo(other.email)).subject).toBe("Someone tried to use your address on Run Forward");
    expect((await userByEmail(user.email))!.id).toBe(user.id);
    expect(mail.smtp.to(user.email)).toHaveLength(0);
  });
});

describe("the demo seed", () => {
  it("counts the demo addresses as verified, also on a database seeded before verification existed", async () => {
    await seedAccountsAndClub(t.db);
    const first = DEMO_ACCOUNTS[0]!.email;
    await t.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.email, first));
    await seedAccountsAndClub(t.db);
    for (const account of DEMO_ACCOUNTS) expect((await userByEmail(account.email))!.emailVerifiedAt, account.email).not.toBeNull();
  });
});
