import type { MailContent, MailJobData, QueuedMail } from "./mail-message";
import { seal, unseal } from "./sealed-content";

/**
 * The job row for a message. Account mail's content is sealed (its links open the account); other mail says nothing
 * the database doesn't hold already, so it stays readable.
 */
export function sealed(msg: MailJobData): QueuedMail {
  if (msg.topic !== "account") return msg;
  const { subject, text, html, links, ...routing } = msg;
  return { ...routing, sealed: seal({ subject, text, html, links } satisfies MailContent) };
}

/** The message again, or null when its sealed content can't be opened. */
export function opened(queued: QueuedMail): MailJobData | null {
  if (!("sealed" in queued)) return queued;
  const { sealed: box, ...routing } = queued;
  const content = unseal<MailContent>(box);
  return content ? { ...routing, ...content } : null;
}
