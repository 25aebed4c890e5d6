import { and, between, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { SaveCheckinInput } from "@/contract/checkins";
import type { Db } from "@/db/client";
import { checkinShares, checkins, clubMembers, trainingSessions, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { checkinAudienceOf, checkinEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { assessReadiness, type Readiness } from "@/server/domain/readiness";
import { toMetres } from "@/server/domain/training/units";
import { sessionLoad } from "@/server/domain/training/session-rules";
import { addDays, daysBetween, todayIn } from "@/server/domain/days";
import { RESTING_HR_BASELINE_DAYS } from "@/server/domain/readiness/resting-hr";
import { loadReadinessContext, mergeReadings } from "./readiness-context";

export type SavedCheckin = Readiness & { id: string; date: string; created: boolean };

const MAX_DAYS_BACK = 365;

/**
 * Records the runner's check-in for a day, or edits it if that day has one: one per person per day, enforced by the
 * unique (user, date) index, so a double submit lands on the same row. The linked training session and the club shares
 * are written in the same transaction.
 */
export async function saveCheckin(db: Db, userId: string, input: SaveCheckinInput): Promise<SavedCheckin> {
  const [user] = await db
    .select({ timeZone: users.timeZone, distanceUnit: users.distanceUnit })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw AppError.accountGone();

  const today = todayIn(user.timeZone);
  if (input.date > today) throw AppError.field("date", "You can't check in for a day that hasn't happened yet");
  if (daysBetween(input.date, today) > MAX_DAYS_BACK) throw AppError.field("date", "Check-ins can go back at most a year");

  const clubIds = input.visibility === "clubs" ? [...new Set(input.clubIds)] : [];
  if (clubIds.length > 0) {
    const mine = await db
      .select({ clubId: clubMembers.clubId })
      .from(clubMembers)
      .where(and(eq(clubMembers.userId, userId), eq(clubMembers.status, "active"), inArray(clubMembers.clubId, clubIds)));
    if (mine.length !== clubIds.length) throw AppError.field("clubIds", "You can only share with clubs you are an active member of");
  }

  // 28 days back: the load ratio and the check-ins need 27, the resting heart rate baseline 28.
  const from = addDays(input.date, -RESTING_HR_BASELINE_DAYS);
  // Recent days, without this day's own check-in and linked session (they are being replaced).
  const [recent, sessions, context] = await Promise.all([
    db
      .select({
        date: checkins.date, mood: checkins.mood, energy: checkins.energy, sleepQuality: checkins.sleepQuality,
        soreness: checkins.soreness, stress: checkins.stress, motivation: checkins.motivation, legs: checkins.legs,
        easyEffortHarder: checkins.easyEffortHarder, easyHeartRate: checkins.easyHeartRate, warmupFeel: checkins.warmupFeel,
        verdict: checkins.verdict, restingHr: checkins.restingHr,
      })
      .from(checkins)
      .where(and(eq(checkins.userId, userId), between(checkins.date, from, addDays(input.date, -1)))),
    db
      .select({
        date: trainingSessions.date, durationMin: trainingSessions.durationMin, rpe: trainingSessions.rpe,
        type: trainingSessions.type, distanceM: trainingSessions.distanceM, movingSec: trainingSessions.movingSec,
        load: trainingSessions.load,
      })
      .from(trainingSessions)
      .leftJoin(checkins, and(eq(checkins.sessionId, trainingSessions.id), eq(checkins.date, input.date)))
      .where(and(eq(trainingSessions.userId, userId), between(trainingSessions.date, from, input.date), isNull(checkins.id))),
    loadReadinessContext(db, userId, input.date),
  ]);

  // The session as stored, in metres: read by the verdict and written below.
  const session = input.session
    ? {
        type: input.session.type,
        durationMin: input.session.durationMin,
        distanceM: input.session.distance == null ? null : toMetres(input.session.distance, user.distanceUnit),
        rpe: input.session.rpe ?? null,
      }
    : null;
  const readiness = assessReadiness({
    date: input.date,
    today: { ...input, warmupFeel: input.warmupFeel ?? null },
    todaySession: session,
    recentCheckins: recent,
    sessions,
    races: context.races,
    plan: context.plan,
    restingHr: {
      today: input.restingHr ?? context.watchReadings.find((r) => r.date === input.date)?.bpm ?? null,
      earlier: mergeReadings(
        recent.flatMap((c) => (c.restingHr == null ? [] : [{ date: c.date, bpm: c.restingHr }])),
        context.watchReadings.filter((r) => r.date !== input.date),
      ),
    },
  });

  const values = {
    mood: input.mood, energy: input.energy, sleepQuality: input.sleepQuality, soreness: input.soreness,
    stress: input.stress, motivation: input.motivation, legs: input.legs, easyEffortHarder: input.easyEffortHarder,
    easyHeartRate: input.easyHeartRate, restingHr: input.restingHr ?? null, warmupFeel: input.warmupFeel ?? null,
    note: input.note, visibility: input.visibility, verdict: readiness.verdict, reasons: readiness.reasons,
    burnoutFlag: readiness.burnoutFlag, wellnessIndex: readiness.wellnessIndex, loadRatio: readiness.loadRatio,
  };

  return db.transaction(async (tx) => {
    // Who could see it before, so un-sharing is heard where it was shared (read before the upsert changes it).
    const before = await checkinAudienceOf(tx, { userId, date: input.date });
    // The upsert takes the row lock, so a concurrent double submit waits here and then edits the same row.
    const [row] = await tx
      .insert(checkins)
      .values({ userId, date: input.date, ...values })
      .onConflictDoUpdate({ target: [checkins.userId, checkins.date], set: { ...values, updatedAt: sql`now()` } })
      .returning({ id: checkins.id, sessionId: checkins.sessionId, created: sql<boolean>`(xmax = 0)` });
    const { id, sessionId } = row!;

    if (session) {
      const sessionValues = { ...session, load: sessionLoad(session.rpe, session.durationMin), updatedAt: sql`now()` };
      if (sessionId) {
        await tx.update(trainingSessions).set(sessionValues).where(eq(trainingSessions.id, sessionId));
      } else {
        const [created] = await tx
          .insert(trainingSessions)
          .values({ userId, date: input.date, source: "checkin", ...sessionValues })
          .returning({ id: trainingSessions.id });
        await tx.update(checkins).set({ sessionId: created!.id }).where(eq(checkins.id, id));
      }
    } else if (sessionId) {
      // The runner removed the session from the check-in: it was never a copy, so it goes.
      await tx.update(checkins).set({ sessionId: null }).where(eq(checkins.id, id));
      await tx.delete(trainingSessions).where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.source, "checkin")));
    }

    await tx
      .delete(checkinShares)
      .where(and(eq(checkinShares.checkinId, id), clubIds.length ? notInArray(checkinShares.clubId, clubIds) : undefined));
    if (clubIds.length) {
      // Existing shares keep their time, so an edit doesn't bump the post to the top of the feed.
      await tx.insert(checkinShares).values(clubIds.map((clubId) => ({ clubId, checkinId: id, userId }))).onConflictDoNothing();
    }

    await tx
      .update(users)
      .set(
        input.visibility === "clubs"
          ? { lastCheckinVisibility: input.visibility, lastCheckinClubIds: clubIds }
          : { lastCheckinVisibility: input.visibility },
      )
      .where(eq(users.id, userId));
    await publishLive(tx, checkinEvents({ id, userId }, before, { visibility: input.visibility, clubIds }));

    return { ...readiness, id, date: input.date, created: Boolean(row!.created) };
  });
}
