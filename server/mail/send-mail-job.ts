import { and, eq } from "drizzle-orm";
import { notificationPreferences, sentDeliveries, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { hitRateLimit, type RateLimitRule } from "@/server/domain/rate-limit";
import { defineJob } from "@/server/jobs/define-job";
import type { MailJobData, QueuedMail } from "./mail-message";
import { opened } from "./queued-mail";
import { withFooter } from "./render-email";
import { appLink, mailSettings } from "./settings";
import { TOPIC_EMAIL_WORDS } from "./topic-words";
import { deliverMail } from "./transport";
import { unsubscribeToken } from "./unsubscribe-token";

/**
 * At most this many messages to one address an hour. Over it a message is dropped, not delayed: a flood of resets or
 * reactions is noise, and anything that matters is also in the app. Every attempt counts, so a retried failure does.
 */
export const MAIL_PER_RECIPIENT: RateLimitRule = { limit: 20, windowSeconds: 60 * 60 };

export type MailOutcome = "sent" | "no-user" | "unverified" | "switched-off" | "rate-limited" | "already-sent";

async function recipient(db: Db, data: MailJobData) {
  const [user] = await db.select({ email: users.email, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, data.userId));
  return user;
}

async function switchedOff(db: Db, data: MailJobData): Promise<boolean> {
  if (data.topic === "account") return false;
  const [row] = await db
    .select({ enabled: notificationPreferences.enabled })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, data.userId), eq(notificationPreferences.topic, data.topic), eq(notificationPreferences.channel, "email")));
  return row?.enabled === false;
}

function footerOf(data: MailJobData): { lines: Parameters<typeof withFooter>[1]; headers: Record<string, string> } {
  const about = { text: `This email is about ${data.about ?? (data.topic === "account" ? "your Run Forward account" : "Run Forward")}.` };
  if (data.topic === "account") return { lines: [about], headers: {} };
  const token = unsubscribeToken(data.userId, data.topic);
  const page = appLink(`/unsubscribe?token=${encodeURIComponent(token)}`);
  const oneClick = appLink(`/api/unsubscribe?token=${encodeURIComponent(token)}`);
  return {
    lines: [about, { text: `You get emails about ${TOPIC_EMAIL_WORDS[data.topic]} from Run Forward.`, link: { label: "Stop these emails", href: page } }],
    // RFC 8058: a mail client may POST "List-Unsubscribe=One-Click" to the https link, with no sign-in.
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** One message: checks, then sends. Exported for tests that want the outcome; the queue runs it as `mail.send`. */
export async function sendMail(db: Db, data: MailJobData, now: Date): Promise<MailOutcome> {
  const user = await recipient(db, data);
  if (!user) return "no-user";
  // Until an address is verified it gets account mail only (its verification, resets, a sign-up attempt).
  if (data.topic !== "account" && !user.verifiedAt) return "unverified";
  if (await switchedOff(db, data)) return "switched-off";
  const to = data.to ?? user.email;
  const claimKey = data.onceKey ? `mail:${data.onceKey}` : null;
  const verdict = await db.transaction(async (tx) => {
    if (claimKey) {
      const claimed = await tx.insert(sentDeliveries).values({ userId: data.userId, key: claimKey }).onConflictDoNothing().returning();
      if (claimed.length === 0) return "already-sent" as const;
    }
    const limit = await hitRateLimit(tx, `mail-to:${to}`, MAIL_PER_RECIPIENT, now);
    return limit.allowed ? null : ("rate-limited" as const);
  });
  if (verdict) {
    if (verdict === "rate-limited") console.warn(`[mail] dropped "${data.subject}": over ${MAIL_PER_RECIPIENT.limit} an hour to one address`);
    // A dropped message keeps no claim, so it is not reported as sent.
    if (verdict === "rate-limited" && claimKey) await db.delete(sentDeliveries).where(and(eq(sentDeliveries.userId, data.userId), eq(sentDeliveries.key, claimKey)));
    return verdict;
  }
  const footer = footerOf(data);
  const parts = withFooter({ text: data.text, html: data.html }, footer.lines);
  try {
    await deliverMail(mailSettings(), { to, subject: data.subject, ...parts, headers: footer.headers }, data.links ?? [], now);
  } catch (err) {
    // Give the claim back so the queue's retry can send it.
    if (claimKey) await db.delete(sentDeliveries).where(and(eq(sentDeliveries.userId, data.userId), eq(sentDeliveries.key, claimKey)));
    throw err;
  }
  return "sent";
}

export const SEND_MAIL_JOB = "mail.send";

// Retried with backoff by the queue: about 10 s, 20 s, 40 s … for a server that is down or refuses for a while.
export const sendMailJob = defineJob<QueuedMail>({
  name: SEND_MAIL_JOB,
  retryLimit: 8,
  retryDelaySec: 10,
  retryBackoff: true,
  handler: async (queued, ctx) => {
    const data = opened(queued);
    // Sealed under an AUTH_SECRET that has since changed: no retry can open it, so it is dropped, not retried.
    if (!data) return console.warn(`[mail] dropped job ${ctx.jobId}: its content can't be opened (AUTH_SECRET changed?)`);
    await sendMail(ctx.db, data, ctx.now);
  },
});
