import { deliverNotificationJob } from "@/server/domain/delivery/deliver-notification-job";
import { afterRaceJob } from "@/server/domain/reminders/after-race-job";
import { blockDayReminderJob } from "@/server/domain/reminders/block-day-reminder-job";
import { checkinReminderJob } from "@/server/domain/reminders/checkin-reminder-job";
import { coachDigestJob } from "@/server/domain/reminders/coach-digest-job";
import { groupRunReminderJob } from "@/server/domain/reminders/group-run-reminder-job";
import { sendMailJob } from "@/server/mail/send-mail-job";
import { pushSendJob } from "@/server/push/push-job";
import type { JobDef } from "./define-job";

/** A job of any data type: the list only needs names, handlers and options. */
export type AnyJob = JobDef<never>;

/**
 * Every job the worker registers. Add one import and one entry per job; a job missing here is never run, and
 * enqueueing it fails (its queue is never created).
 */
export const allJobs: AnyJob[] = [
  sendMailJob,
  deliverNotificationJob,
  checkinReminderJob,
  blockDayReminderJob,
  groupRunReminderJob,
  afterRaceJob,
  coachDigestJob,
  pushSendJob,
];
