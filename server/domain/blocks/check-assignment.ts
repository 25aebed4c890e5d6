import { and, eq, inArray } from "drizzle-orm";
import { checkins, clubMembers, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { sharedWithClubCoaches } from "@/server/domain/checkins/visibility";
import { addDays, todayIn } from "@/server/domain/days";
import { findTemplate } from "@/server/domain/templates/list-templates";
import { AppError } from "@/server/errors";
import { possessive } from "@/contract/possessive";

/** How far back a start date may lie: a coach catching up on a few days, never rewriting history. */
export const MAX_START_DAYS_AGO = 7;
export const MAX_START_DAYS_AHEAD = 365;

export type AssignmentRequest = {
  athleteIds: string[];
  template: string;
  startDate: string;
  reasonCheckinId?: string | null;
};

export type Template = NonNullable<Awaited<ReturnType<typeof findTemplate>>>;
export type Athlete = { id: string; name: string; timeZone: string };

async function loadTemplate(db: DbOrTx, clubId: string, idOrKey: string): Promise<Template> {
  const template = await findTemplate(db, { clubId, idOrKey });
  if (!template) throw AppError.field("template", "Choose one of this club's templates");
  if (template.days.length === 0) throw AppError.field("template", "This template has no days yet; add days before assigning it");
  return template;
}

async function loadAthletes(db: DbOrTx, clubId: string, athleteIds: string[]): Promise<Athlete[]> {
  const athletes = await db
    .select({ id: users.id, name: users.name, timeZone: users.timeZone })
    .from(clubMembers)
    .innerJoin(users, eq(users.id, clubMembers.userId))
    .where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.status, "active"), inArray(clubMembers.userId, athleteIds)));
  if (athletes.length !== athleteIds.length) {
    // Never say who the others are: they may be members of another club.
    throw AppError.field("athleteIds", "Only active members of this club can be given a block");
  }
  return athletes;
}

/** The start date is judged in each athlete's own time zone. */
export function checkStartDate(athletes: Athlete[], startDate: string) {
  for (const a of athletes) {
    const today = todayIn(a.timeZone);
    if (startDate < addDays(today, -MAX_START_DAYS_AGO)) {
      throw AppError.field("startDate", `Start no more than ${MAX_START_DAYS_AGO} days ago (in ${possessive(a.name)} time zone)`);
    }
    if (startDate > addDays(today, MAX_START_DAYS_AHEAD)) {
      throw AppError.field("startDate", "Start within the next year");
    }
  }
}

/** The check-in must be one of these athletes' and shared with this club's coaches. */
async function checkReasonCheckin(db: DbOrTx, clubId: string, athleteIds: string[], checkinId: string) {
  const [c] = await db
    .select({ id: checkins.id })
    .from(checkins)
    .where(and(eq(checkins.id, checkinId), inArray(checkins.userId, athleteIds), sharedWithClubCoaches(clubId)));
  if (!c) throw AppError.field("reasonCheckinId", "That check-in isn't one these athletes shared with coaches");
}

/** Everything an assignment must satisfy before anything is written, checked in this order. */
export async function checkAssignment(db: DbOrTx, clubId: string, request: AssignmentRequest) {
  const athleteIds = [...new Set(request.athleteIds)];
  const template = await loadTemplate(db, clubId, request.template);
  const athletes = await loadAthletes(db, clubId, athleteIds);
  checkStartDate(athletes, request.startDate);
  if (request.reasonCheckinId) await checkReasonCheckin(db, clubId, athleteIds, request.reasonCheckinId);
  return { template, athletes, athleteIds };
}
