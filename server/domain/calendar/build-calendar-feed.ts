import { and, asc, eq, gte, inArray, isNull } from "drizzle-orm";
import ical, { ICalCalendarMethod } from "ical-generator";
import { blockDays, calendarTokens, recoveryBlocks, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { addDays, todayIn } from "@/server/domain/days";
import { describeDay } from "@/server/domain/blocks/describe-day";
import { hashToken } from "./calendar-tokens";

/**
 * The ICS text for a calendar token: one all-day event per planned day of the athlete's live and
 * recent blocks. An unknown or revoked token is "not found", with nothing about whose it was.
 */
export async function buildCalendarFeed(db: DbOrTx, token: string): Promise<string> {
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
  return cal.toString();
}
