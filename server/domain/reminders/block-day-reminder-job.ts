import { and, eq, notExists, sql } from "drizzle-orm";
import { DAY_KIND_LABELS } from "@/contract/labels";
import { blockDays, recoveryBlocks, sentDeliveries, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { remindOnce } from "./remind-once";
import { defineJob } from "@/server/jobs/define-job";
import { localAt, localDayOf, localMinuteReached, MORNING_MIN } from "./local-clock";

const KEY = "block-day:";

/** Athletes on an active block with a day today (their clock) whose morning has come and who weren't told yet. */
export async function findDueBlockDays(db: DbOrTx, now: Date) {
  const local = localAt(now, users.timeZone);
  const day = localDayOf(local);
  return db
    .select({ userId: users.id, localDay: day, block: recoveryBlocks.name, kind: blockDays.kind, minutes: blockDays.minutes, notes: blockDays.notes })
    .from(blockDays)
    .innerJoin(recoveryBlocks, and(eq(recoveryBlocks.id, blockDays.blockId), eq(recoveryBlocks.status, "active")))
    .innerJoin(users, eq(users.id, blockDays.athleteId))
    .where(
      and(
        sql`${blockDays.date} = ${local}::date`,
        localMinuteReached(local, MORNING_MIN),
        notExists(db.select({ one: sql`1` }).from(sentDeliveries).where(and(eq(sentDeliveries.userId, users.id), sql`${sentDeliveries.key} = ${KEY} || ${day}`))),
      ),
    );
}

/** Each morning of a current block, the day's prescription to the athlete (TrainingPeaks' "today's workout"). */
export const blockDayReminderJob = defineJob<Record<string, never>>({
  name: "reminders.block-day",
  schedule: { cron: "* * * * *" },
  handler: async (_data, { db, now }) => {
    const due = await findDueBlockDays(db, now);
    await remindOnce(db, now, due.map((d) => {
      const what = [DAY_KIND_LABELS[d.kind], d.minutes ? `${d.minutes} min` : null].filter(Boolean).join(", ");
      return { userId: d.userId, topic: "reminders" as const, title: `Today on ${d.block}: ${what}`, body: d.notes, href: "/today", onceKey: `${KEY}${d.localDay}` };
    }));
  },
});
