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
