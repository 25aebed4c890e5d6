import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { afterAll, describe, expect, it, vi } from "vitest";
import { notificationPreferences } from "@/db/schema";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupMailTest } from "@/server/test/mail-worker";
import { rawHeader } from "@/server/test/smtp-capture";
import { setupTestDb } from "@/server/test/test-db";
import { queueEmail } from "./queue-email";
import { opened, sealed } from "./queued-mail";
import { renderEmail } from "./render-email";
import { MAIL_PER_RECIPIENT, sendMail } from "./send-mail-job";
import { overrideMailSettings } from "./settings";
import type { MailJobData } from "./mail-message";

const t = setupTestDb();
const mail = setupMailTest(t);
const outbox = mkdtempSync(path.join(tmpdir(), "rf-outbox-"));
afterAll(() => rmSync(outbox, { recursive: true, force: true }));

// An hour of its own for each rate-limit test (the window is hour-aligned); never today's date.
let hour = 0;
function quarterPast(): Date {
  hour += 1;
  return new Date(Date.UTC(2031, 2, 3, hour, 15));
}

async function verifiedUser(name = "Ria Runner") {
  return makeUser(t.db, { emailVerifiedAt: new Date(), name });
}

function message(userId: string, over: Partial<MailJobData> = {}): MailJobData {
  return {
    userId,
    topic: "reactions",
    about: "Riverside Runners",
    subject: "Sam cheered your run",
    ...renderEmail({ heading: "Sam <script>cheered</script> your run", paragraphs: ["Nice & steady."], action: { label: "See it", href: "https://runs.example.test/feed" } }),
    ...over,
  };
}

describe("what every message carries", () => {
  it("has a text and an escaped HTML part, names the club, and a one-click unsubscribe that switches that topic's email off", async () => {
    const user = await verifiedUser();
    await queueEmail(t.db, message(user.id));
    await mail.deliver();
    const [got] = await mail.smtp.waitFor(user.email);
    expect(got!.text).toContain("This email is about Riverside Runners.");
    expect(got!.html).toContain("Sam &lt;script&gt;cheered&lt;/script&gt; your run");
    expect(got!.html).not.toContain("<script>");
    expect(rawHeader(got!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    const oneClick = new URL(rawHeader(got!, "List-Unsubscribe")!.match(/^<(https:[^>]+)>$/)![1]!);
    expect(oneClick.pathname).toBe("/api/unsubscribe");
    const bodyLink = got!.text!.match(/https:\/\/runs\.example\.test\/unsubscribe\?token=\S+/)![0];
    const token = oneClick.searchParams.get("token")!;
    expect(new URL(bodyLink).searchParams.get("token")).toBe(token);

    // The token is signed: another user's id or topic with it is refused, changing nothing.
    const [id, , sig] = token.split(".");
    await expectTRPCError(callerFor(t.db, null).account.unsubscribe({ token: `${id}.comments.${sig}` }), "BAD_REQUEST", "token");
    expect(await callerFor(t.db, null).account.unsubscribeInfo({ token })).toEqual({ topic: "reactions", what: "emails about reactions to your posts" });
    expect(await t.db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, user.id))).toEqual([]);

    await callerFor(t.db, null).account.unsubscribe({ token });
    await callerFor(t.db, null).account.unsubscribe({ token });
    const prefs = await t.db
      .select({ topic: notificationPreferences.topic, channel: notificationPreferences.channel, enabled: notificationPreferences.enabled })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, user.id));
    expect(prefs).toEqual([{ topic: "reactions", channel: "email", enabled: false }]);

    // From now on that topic's mail isn't sent; another topic's still is.
    expect(await sendMail(t.db, message(user.id), new Date())).toBe("switched-off");
    expect(await sendMail(t.db, message(user.id, { topic: "blocks", subject: "A block" }), new Date())).toBe("sent");
  });

  it("sends once per onceKey, however often it is queued", async () => {
    const user = await verifiedUser();
    const once = message(user.id, { onceKey: `reaction:${user.id}` });
    await queueEmail(t.db, once);
    await queueEmail(t.db, once);
    await mail.deliver();
    await mail.smtp.waitFor(user.email);
    expect(mail.smtp.to(user.email)).toHaveLength(1);
    expect(await sendMail(t.db, once, new Date())).toBe("already-sent");
  });

  it("queues nothing when the write it came with rolls back", async () => {
    const user = await verifiedUser();
    await expect(t.db.transaction(async (tx) => {
      await queueEmail(tx, message(user.id));
      throw new Error("the write failed");
    })).rejects.toThrow("the write failed");
    await mail.deliver();
    expect(mail.smtp.to(user.email)).toHaveLength(0);
  });
});

describe("sending", () => {
  it(`drops mail past ${MAIL_PER_RECIPIENT.limit} an hour to one address, and sends again the next hour`, async () => {
    const user = await verifiedUser();
    const now = quarterPast();
    const outcomes = [];
    for (let i = 0; i <= MAIL_PER_RECIPIENT.limit; i++) outcomes.push(await sendMail(t.db, message(user.id, { subject: `Cheer ${i}` }), now));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(MAIL_PER_RECIPIENT.limit);
    expect(outcomes.at(-1)).toBe("rate-limited");
    expect(await sendMail(t.db, message(user.id), new Date(now.getTime() + 3600_000))).toBe("sent");
  });

  it("fails the attempt when the SMTP server refuses, keeping no once-claim, so the queue's retry sends it", async () => {
    const user = await verifiedUser();
    const once = message(user.id, { onceKey: `retry:${user.id}` });
    mail.smtp.failNext(1);
    await expect(sendMail(t.db, once, new Date())).rejects.toThrow();
    expect(await sendMail(t.db, once, new Date())).toBe("sent");
    expect(mail.smtp.to(user.email)).toHaveLength(1);
  });

  it("with no SMTP_URL, sends nothing: prints the links and writes an .eml with both parts to the outbox", async () => {
    const user = await verifiedUser();
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    overrideMailSettings({ smtpUrl: undefined, outboxDir: outbox, appUrl: "https://runs.example.test" });
    let printed = "";
    try {
      expect(await sendMail(t.db, message(user.id, { links: ["https://runs.example.test/feed"] }), new Date())).toBe("sent");
      printed = log.mock.calls.map((c) => String(c[0])).join("\n");
    } finally {
      mail.smtp.use({ appUrl: "https://runs.example.test" });
      log.mockRestore();
    }
    expect(mail.smtp.to(user.email)).toHaveLength(0);
    expect(printed).toContain(user.email);
    expect(printed).toContain("https://runs.example.test/feed");
    const files = readdirSync(outbox).filter((f) => f.endsWith(".eml"));
    expect(files).toHaveLength(1);
    const parsed = await simpleParser(readFileSync(path.join(outbox, files[0]!)));
    expect(parsed.subject).toBe("Sam cheered your run");
    expect(parsed.text).toContain("Nice & steady.");
    expect(parsed.html).toContain("Nice &amp; steady.");
    expect(rawHeader(parsed, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  });

  it("opens a sealed account message only unaltered", async () => {
    const box = sealed({ userId: crypto.randomUUID(), topic: "account", subject: "Reset", text: "https://x/reset?token=secret", html: "<p>x</p>" });
    expect(JSON.stringify(box)).not.toContain("secret");
    expect(opened(box)).toMatchObject({ subject: "Reset", text: "https://x/reset?token=secret" });
    // Flip the first character of the ciphertext (whole data bits, unlike a last character's padding).
    const [v, iv, tag, body] = (box as { sealed: string }).sealed.split(".");
    const altered = { ...box, sealed: [v, iv, tag, (body![0] === "A" ? "B" : "A") + body!.slice(1)].join(".") };
    expect(opened(altered)).toBeNull();
  });

  it("sends nothing to an account that is gone", async () => {
    const user = await verifiedUser();
    const data = message(user.id);
    await t.db.execute((await import("drizzle-orm")).sql`delete from users where id = ${user.id}`);
    expect(await sendMail(t.db, data, new Date())).toBe("no-user");
    expect(mail.smtp.to(user.email)).toHaveLength(0);
  });
});
