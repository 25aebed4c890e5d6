import { claimDelivery } from "@/server/domain/delivery/claim-delivery";
import { loadRecipients } from "@/server/domain/delivery/load-recipients";
import { channelEnabled, quietUntil } from "@/server/domain/delivery/preferences";
import { sendOut } from "@/server/domain/delivery/send-out";
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
    const people = await loadRecipients(db, due.map((d) => d.userId));
    for (const { userId, localDay } of due) {
      const person = people.get(userId);
      if (!person || quietUntil(person, now)) continue;
      const channels = { email: channelEnabled(person.overrides, "reminders", "email"), push: channelEnabled(person.overrides, "reminders", "push") };
      const key = `${CHECKIN_REMINDER_KEY}${localDay}`;
      await db.transaction(async (tx) => {
        if (!(await claimDelivery(tx, userId, key))) return;
        await sendOut(
          tx,
          { userId, topic: "reminders", title: "Time to check in", body: "How are you today? A minute now helps your coach plan your week.", href: "/checkin", onceKey: key },
          channels,
        );
      });
    }
  },
});
