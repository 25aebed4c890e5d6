import type { DbOrTx } from "@/db/client";
import { enqueue } from "@/server/jobs/enqueue";
import type { MailJobData, MailMessage, QueuedMail } from "./mail-message";
import { sealed } from "./queued-mail";
import { sendMailJob } from "./send-mail-job";

/**
 * Queues a message to a user's current address; the `mail.send` job sends it, so a request never waits on SMTP.
 * Inside a transaction, the message is queued with it: a rolled-back write sends nothing.
 */
export async function queueEmail(db: DbOrTx, msg: MailMessage): Promise<void> {
  await enqueue<QueuedMail>(db, sendMailJob, sealed(msg as MailJobData));
}

/** Account mail to an address that isn't the user's current one (confirming a new address). */
export async function queueEmailTo(db: DbOrTx, msg: MailMessage & { to: string }): Promise<void> {
  await enqueue<QueuedMail>(db, sendMailJob, sealed(msg));
}
