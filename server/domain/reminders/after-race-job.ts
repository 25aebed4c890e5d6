import { and, eq, notExists, sql } from "drizzle-orm";
import { raceResults, sentDeliveries, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { POST_RACE_ADVICE, type PostRaceTemplateKey } from "@/server/domain/training/post-race";
import { remindOnce } from "./remind-once";
import { defineJob } from "@/server/jobs/define-job";
import { localAt, localMinuteReached, MORNING_MIN } from "./local-clock";

const KEY = "after-race:";

/** Runners whose race was yesterday on their clock, at 07:00 or a little after, not yet sent its recovery. */
async function findDue(db: DbOrTx, now: Date) {
  const local = localAt(now, users.timeZone);
  return db
    .select({ userId: users.id, raceId: raceResults.id, name: raceResults.name, templateKey: raceResults.recoveryTemplateKey })
    .from(raceResults)
    .innerJoin(users, eq(users.id, raceResults.userId))
    .where(
      and(
        sql`${raceResults.date} = ${local}::date - 1`,
        localMinuteReached(local, MORNING_MIN),
        notExists(
          db.select({ one: sql`1` }).from(sentDeliveries).where(and(eq(sentDeliveries.userId, users.id), sql`${sentDeliveries.key} = ${KEY} || ${raceResults.id}::text`)),
        ),
      ),
    );
}

/** The morning after a race, the recovery that fits it (the post-race template proposed when it was logged). */
export const afterRaceJob = defineJob<Record<string, never>>({
  name: "reminders.after-race",
  schedule: { cron: "* * * * *" },
  handler: async (_data, { db, now }) => {
    const due = await findDue(db, now);
    await remindOnce(db, now, due.flatMap((d) => {
      const advice = POST_RACE_ADVICE[d.templateKey as PostRaceTemplateKey];
      if (!advice) return [];
      return [{
        userId: d.userId, topic: "races" as const, onceKey: `${KEY}${d.raceId}`, href: "/today",
        title: `${d.name || "Your race"}: recovery starts today`, body: `${advice.title}: ${advice.summary}`,
      }];
    }));
  },
});
