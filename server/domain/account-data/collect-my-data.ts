import { asc, eq } from "drizzle-orm";
import {
  blockDays, checkinShares, checkins, clubMembers, clubs, comments, goals, groupRunRsvps, groupRuns, notifications, raceResults, reactions,
  recoveryBlocks, trainingSessions, users,
} from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { collectMyThreads } from "./collect-my-threads";

/**
 * Everything the runner owns, table by table, each query filtered by their own id.
 * Other people's rows (comments on the runner's check-ins, fellow members) are left out on purpose.
 */
export async function collectMyData(db: DbOrTx, userId: string) {
  const [profile] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      distanceUnit: users.distanceUnit,
      timeZone: users.timeZone,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!profile) throw AppError.accountGone();

  const [
    sessions, races, myGoals, myCheckins, shares, memberships, myComments, myReactions, myNotifications, rsvps, blocks, days, threads,
  ] = await Promise.all([
    db.select().from(trainingSessions).where(eq(trainingSessions.userId, userId)).orderBy(asc(trainingSessions.date), asc(trainingSessions.id)),
    db.select().from(raceResults).where(eq(raceResults.userId, userId)).orderBy(asc(raceResults.date), asc(raceResults.id)),
    db.select().from(goals).where(eq(goals.userId, userId)).orderBy(asc(goals.createdAt), asc(goals.id)),
    db.select().from(checkins).where(eq(checkins.userId, userId)).orderBy(asc(checkins.date), asc(checkins.id)),
    db
      .select({ checkinId: checkinShares.checkinId, clubId: checkinShares.clubId, clubName: clubs.name, sharedAt: checkinShares.sharedAt })
      .from(checkinShares)
      .innerJoin(clubs, eq(clubs.id, checkinShares.clubId))
      .where(eq(checkinShares.userId, userId))
      .orderBy(asc(checkinShares.sharedAt)),
    db
      .select({
        clubId: clubMembers.clubId,
        clubName: clubs.name,
        clubSlug: clubs.slug,
        role: clubMembers.role,
        status: clubMembers.status,
        joinedAt: clubMembers.createdAt,
      })
      .from(clubMembers)
      .innerJoin(clubs, eq(clubs.id, clubMembers.clubId))
      .where(eq(clubMembers.userId, userId))
      .orderBy(asc(clubs.name)),
    db
      .select({ id: comments.id, checkinId: comments.checkinId, clubId: comments.clubId, body: comments.body, createdAt: comments.createdAt })
      .from(comments)
      .where(eq(comments.authorId, userId))
      .orderBy(asc(comments.createdAt)),
    db
      .select({ checkinId: reactions.checkinId, clubId: reactions.clubId, kind: reactions.kind, createdAt: reactions.createdAt })
      .from(reactions)
      .where(eq(reactions.userId, userId))
      .orderBy(asc(reactions.createdAt)),
    db
      .select({ kind: notifications.kind, title: notifications.title, body: notifications.body, href: notifications.href, readAt: notifications.readAt, createdAt: notifications.createdAt })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(asc(notifications.createdAt)),
    db
      .select({ runId: groupRunRsvps.runId, clubId: groupRuns.clubId, title: groupRuns.title, startsAt: groupRuns.startsAt, status: groupRunRsvps.status, updatedAt: groupRunRsvps.updatedAt })
      .from(groupRunRsvps)
      .innerJoin(groupRuns, eq(groupRuns.id, groupRunRsvps.runId))
      .where(eq(groupRunRsvps.userId, userId))
      .orderBy(asc(groupRuns.startsAt)),
    // Recovery blocks assigned to the runner, with the coach's note; the coach's id stays out.
    db
      .select({
        id: recoveryBlocks.id, clubId: recoveryBlocks.clubId, name: recoveryBlocks.name, phase: recoveryBlocks.phase,
        startDate: recoveryBlocks.startDate, endDate: recoveryBlocks.endDate, status: recoveryBlocks.status,
        coachNote: recoveryBlocks.coachNote, reason: recoveryBlocks.reason, createdAt: recoveryBlocks.createdAt,
      })
      .from(recoveryBlocks)
      .where(eq(recoveryBlocks.athleteId, userId))
      .orderBy(asc(recoveryBlocks.startDate)),
    db
      .select({
        blockId: blockDays.blockId, date: blockDays.date, kind: blockDays.kind, minutes: blockDays.minutes, distanceM: blockDays.distanceM,
        notes: blockDays.notes, status: blockDays.status, athleteNote: blockDays.athleteNote, feel: blockDays.feel, completedAt: blockDays.completedAt,
      })
      .from(blockDays)
      .where(eq(blockDays.athleteId, userId))
      .orderBy(asc(blockDays.date)),
    collectMyThreads(db, userId),
  ]);

  return {
    profile,
    trainingSessions: sessions,
    raceResults: races,
    goals: myGoals,
    checkins: myCheckins,
    checkinShares: shares,
    clubMemberships: memberships,
    comments: myComments,
    reactions: myReactions,
    notifications: myNotifications,
    groupRunRsvps: rsvps,
    recoveryBlocks: blocks,
    recoveryBlockDays: days,
    ...threads,
  };
}

export type MyData = Awaited<ReturnType<typeof collectMyData>>;
