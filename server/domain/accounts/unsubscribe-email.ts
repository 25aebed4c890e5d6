import { eq, sql } from "drizzle-orm";
import { notificationPreferences, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { readUnsubscribeToken } from "@/server/mail/unsubscribe-token";
import { TOPIC_EMAIL_WORDS } from "@/server/mail/topic-words";

function tokenOrRefuse(token: string) {
  const who = readUnsubscribeToken(token);
  if (!who) throw AppError.field("token", "This unsubscribe link isn't valid. Use the link from a recent email, or change your choices on your profile.");
  return who;
}

/** What a link would switch off, for the confirm page (a GET changes nothing: link scanners open every link). */
export function describeUnsubscribe(token: string) {
  const { topic } = tokenOrRefuse(token);
  return { topic, what: `emails about ${TOPIC_EMAIL_WORDS[topic]}` };
}

/**
 * Switches one kind of email off for the link's owner, without a sign-in (RFC 8058 one-click). Repeating it is
 * harmless. Only the email channel changes: in-app and push stay as they were.
 */
export async function unsubscribeEmail(db: Db, token: string) {
  const { userId, topic } = tokenOrRefuse(token);
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  // A deleted account gets no more mail anyway; the answer is the same.
  if (user) await db
    .insert(notificationPreferences)
    .values({ userId, topic, channel: "email", enabled: false })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.topic, notificationPreferences.channel],
      set: { enabled: false, updatedAt: sql`now()` },
    });
  return { topic, what: `emails about ${TOPIC_EMAIL_WORDS[topic]}` };
}
