import { and, eq, gt, isNull, lte, notExists, sql } from "drizzle-orm";
import { clubMembers, clubs, groupRunRsvps, groupRuns, sentDeliveries } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { remindOnce } from "./remind-once";
import { defineJob } from "@/server/jobs/define-job";
import { GROUP_RUN_SOON_MIN, localAt, localMinuteReached, MORNING_MIN } from "./local-clock";

type Moment = "morning" | "soon";
const keyOf = (moment: Moment, runId: string) => `group-run-${moment}:${runId}`;

/**
 * Who said they're going to a run that is due a reminder: on the morning of the run (07:00 on the club's clock, if
 * the run is more than 3 hours off, else the second reminder covers it) and 3 hours before. Still active members only.
 */
async function findDue(db: DbOrTx, now: Date, moment: Moment) {
  const soonFrom = new Date(now.getTime() + GROUP_RUN_SOON_MIN * 60_000);
  const local = localAt(now, clubs.timeZone);
  const when =
    moment === "soon"
      ? and(gt(groupRuns.startsAt, now), lte(groupRuns.startsAt, soonFrom))
      : and(
          gt(groupRuns.startsAt, soonFrom),
          sql`(${groupRuns.startsAt} at time zone ${clubs.timeZone})::date = ${local}::date`,
          localMinuteReached(local, MORNING_MIN),
        );
  return db
    .select({ userId: groupRunRsvps.userId, runId: groupRuns.id, title: groupRuns.title, startsAt: groupRuns.startsAt, meetingPoint: groupRuns.meetingPoint, club: clubs.name, slug: clubs.slug, timeZone: clubs.timeZone })
    .from(groupRuns)
    .innerJoin(clubs, eq(clubs.id, groupRuns.clubId))
    .innerJoin(groupRunRsvps, and(eq(groupRunRsvps.runId, groupRuns.id), eq(groupRunRsvps.status, "going")))
    .innerJoin(clubMembers, and(eq(clubMembers.clubId, clubs.id), eq(clubMembers.userId, groupRunRsvps.userId), eq(clubMembers.status, "active")))
    .where(
      and(
        isNull(groupRuns.cancelledAt),
        when,
        notExists(
          db
            .select({ one: sql`1` })
            .from(sentDeliveries)
            .where(and(eq(sentDeliveries.userId, groupRunRsvps.userId), sql`${sentDeliveries.key} = ${`group-run-${moment}:`} || ${groupRuns.id}::text`)),
        ),
      ),
    );
}

function timeIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(at);
}

export const groupRunReminderJob = defineJob<Record<string, never>>({
  name: "reminders.group-run",
  schedule: { cron: "* * * * *" },
  handler: async (_data, { db, now }) => {
    for (const moment of ["soon", "morning"] as const) {
      const due = await findDue(db, now, moment);
      await remindOnce(db, now, due.map((d) => {
        const at = timeIn(d.startsAt, d.timeZone);
        return {
          userId: d.userId, topic: "group_runs" as const, about: d.club, onceKey: keyOf(moment, d.runId), href: `/clubs/${d.slug}/runs/${d.runId}`,
          title: moment === "soon" ? `${d.title} starts at ${at}` : `Today: ${d.title} at ${at}`,
          body: d.meetingPoint ? `Meet at ${d.meetingPoint}. You said you're going.` : "You said you're going.",
        };
      }));
    }
  },
});
