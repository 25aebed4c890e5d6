import type { NotificationTopic } from "@/contract/values";
import type { DbOrTx } from "@/db/client";
import { queueEmail } from "@/server/mail/queue-email";
import { renderEmail } from "@/server/mail/render-email";
import { appLink } from "@/server/mail/settings";
import { queuePush } from "@/server/push/queue-push";

export type OutgoingMessage = {
  userId: string;
  topic: NotificationTopic;
  title: string;
  body: string;
  /** A path in the app ("/blocks/…"); mail turns it into a link on APP_URL. */
  href: string | null;
  /** The club or coach the message is about, said in the mail. */
  about?: string;
  /** The email's paragraphs, when the body is longer than a push line (the digest). */
  paragraphs?: string[];
  /** Sends once per user and key on each channel, however often it is queued. */
  onceKey: string;
};

/** Queues the message on the channels given, in the caller's transaction. */
export async function sendOut(db: DbOrTx, msg: OutgoingMessage, channels: { email: boolean; push: boolean }): Promise<void> {
  if (channels.email) {
    const link = msg.href ? appLink(msg.href) : undefined;
    const parts = renderEmail({
      heading: msg.title,
      paragraphs: msg.paragraphs ?? (msg.body ? [msg.body] : []),
      ...(link && { action: { label: "Open in Run Forward", href: link } }),
    });
    await queueEmail(db, { userId: msg.userId, topic: msg.topic, subject: msg.title, ...parts, about: msg.about, onceKey: `${msg.onceKey}:email` });
  }
  if (channels.push) {
    await queuePush(db, { userId: msg.userId, topic: msg.topic, title: msg.title, body: msg.body, href: msg.href, onceKey: `${msg.onceKey}:push` });
  }
}
