import { remindOnce } from "./remind-once";
import { defineJob } from "@/server/jobs/define-job";
import { CHECKIN_REMINDER_KEY, findDueCheckinReminders } from "./find-due-checkin-reminders";

/** Every minute, in UTC: each runner's own minute is found by the query, in their zone. */
export const CHECKIN_REMINDER_CRON = "* * * * *";

/**
 * The check-in reminder at the minute each runner chose, once per local day, only if they haven't checked in.
 * Inside quiet hours it waits: the runner stays due (within the catch-up window) until they end.
 */
export const checkinReminderJob = defineJob<Record<string, never>>({
  name: "reminders.checkin",
  schedule: { cron: CHECKIN_REMINDER_CRON },
  handler: async (_data, { db, now }) => {
    const due = await findDueCheckinReminders(db, now);
    await remindOnce(db, now, due.map(({ userId, localDay }) => ({
      userId, topic: "reminders" as const, title: "Time to check in", body: "How are you today? A minute now helps your coach plan your week.",
      href: "/checkin", onceKey: `${CHECKIN_REMINDER_KEY}${localDay}`,
    })));
  },
});
