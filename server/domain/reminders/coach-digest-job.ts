import { claimDelivery } from "@/server/domain/delivery/claim-delivery";
import { loadRecipients } from "@/server/domain/delivery/load-recipients";
import { channelEnabled, quietUntil } from "@/server/domain/delivery/preferences";
import { sendOut } from "@/server/domain/delivery/send-out";
import { defineJob } from "@/server/jobs/define-job";
import { composeDigest, digestParagraphs } from "./compose-digest";
import { DIGEST_KEY, findDueDigests } from "./find-due-digests";

const PERIOD_DAYS = { daily: 1, weekly: 7 } as const;

/** The coach digest by email, daily or on Mondays as each coach chose, at 07:00 on their clock; a quiet day sends nothing. */
export const coachDigestJob = defineJob<Record<string, never>>({
  name: "reminders.coach-digest",
  schedule: { cron: "* * * * *" },
  handler: async (_data, { db, now }) => {
    const due = await findDueDigests(db, now);
    const people = await loadRecipients(db, due.map((d) => d.userId));
    for (const d of due) {
      const person = people.get(d.userId);
      if (!person || quietUntil(person, now) || d.frequency === "off") continue;
      const key = `${DIGEST_KEY}${d.localDay}`;
      const sections = await composeDigest(db, d.userId, PERIOD_DAYS[d.frequency]);
      const paragraphs = digestParagraphs(sections);
      await db.transaction(async (tx) => {
        // Claimed even on a quiet day, so the coach's clubs aren't read again every minute of the window.
        if (!(await claimDelivery(tx, d.userId, key)) || paragraphs.length === 0) return;
        if (!channelEnabled(person.overrides, "digests", "email")) return;
        await sendOut(
          tx,
          { userId: d.userId, topic: "digests", onceKey: key, href: `/clubs/${sections[0]!.slug}/dashboard`, title: d.frequency === "weekly" ? "Your athletes this week" : "Your athletes today", body: paragraphs.join("\n"), paragraphs },
          { email: true, push: false },
        );
      });
    }
  },
});
