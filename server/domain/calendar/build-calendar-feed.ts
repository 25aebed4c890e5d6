import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";
import ical, { ICalCalendarMethod } from "ical-generator";
import { blockDays, calendarTokens, recoveryBlocks, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { addDays, todayIn } from "@/server/domain/days";
import { describeDay } from "@/server/domain/blocks/describe-day";
import { hashToken } from "./calendar-tokens";
import { listGoingRuns } from "./going-runs";

// A group run has a start but no set length; an hour holds the slot in a calendar.
const GROUP_RUN_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The ICS text for a calendar token: one all-day event per planned day of the athlete's live and recent blocks, and
 * one timed event per group run they said they're going to (links on `appUrl`). An unknown or revoked token is
 * "not found", with nothing about whose it was.
 */
export async function buildCalendarFeed(db: DbOrTx, { token, appUrl }: { token: string; appUrl: string }): Promise<string> {
  const [owner] = await db
    .select({ userId: calendarTokens.userId, timeZone: users.timeZone, distanceUnit: users.distanceUnit })
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.userId))
    .where(and(eq(calendarTokens.tokenHash, hashToken(token)), isNull(calendarTokens.revokedAt)));
  if (!owner) throw AppError.notFound("Calendar");
  const since = addDays(todayIn(owner.timeZone), -60);
  const days = await db
    .select({ day: blockDays, blockName: recoveryBlocks.name, coachNote: recoveryBlocks.coachNote })
    .from(blockDays)
    .innerJoin(recoveryBlocks, eq(recoveryBlocks.id, blockDays.blockId))
    .where(and(eq(blockDays.athleteId, owner.userId), gte(blockDays.date, since), inArray(recoveryBlocks.status, ["active", "completed"])))
    .orderBy(asc(blockDays.date))
    .limit(2000);
  const cal = ical({ name: "Run Forward plan", prodId: { company: "Run Forward", product: "plan", language: "EN" }, method: ICalCalendarMethod.PUBLISH });
  for (const { day, blockName } of days) {
    const [y, m, d] = day.date.split("-").map(Number) as [number, number, number];
    cal.createEvent({
      id: `${day.id}@runforward.app`,
      allDay: true,
      start: new Date(Date.UTC(y, m - 1, d)),
      end: new Date(Date.UTC(y, m - 1, d + 1)),
      summary: describeDay(day, owner.distanceUnit),
      description: [`${blockName}, day ${day.dayIndex + 1}`, day.notes].filter(Boolean).join("\n"),
    });
  }
  const runs = await listGoingRuns(db, { userId: owner.userId, since: new Date(Date.now() - 60 * DAY_MS) });
  for (const run of runs) {
    const url = `${appUrl.replace(/\/+$/, "")}/clubs/${run.clubSlug}/runs/${run.id}`;
    cal.createEvent({
      id: `run-${run.id}@runforward.app`,
      start: run.startsAt,
      end: new Date(run.startsAt.getTime() + GROUP_RUN_MS),
      summary: `${run.title} (${run.clubName})`,
      location: run.meetingPoint || null,
      description: [`Group run with ${run.clubName}`, run.notes, url].filter(Boolean).join("\n"),
      url,
    });
  }
  return cal.toString();
}
