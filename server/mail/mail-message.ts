import type { NotificationTopic } from "@/contract/values";

/** What callers queue. `about` names the club or coach the message is about; account mail is about the account. */
export type MailMessage = {
  userId: string;
  topic: NotificationTopic | "account";
  subject: string;
  text: string;
  html: string;
  about?: string;
  /** Printed to the console in the zero-setup run, so a developer can follow them. */
  links?: string[];
  /** Sends once per user and key, however often the job is queued or retried ("block-assigned:<id>"). */
  onceKey?: string;
};

/** The job's data: `to` is set for account mail to an address that isn't (yet) the user's own. */
export type MailJobData = MailMessage & { to?: string };

/** The part of a message that is sealed while it waits in the queue (server/mail/sealed-content.ts). */
export type MailContent = Pick<MailMessage, "subject" | "text" | "html" | "links">;

/** What the `mail.send` job's row holds: account mail with who and what kind in the clear and the content sealed. */
export type QueuedMail = MailJobData | (Omit<MailJobData, keyof MailContent> & { sealed: string });
