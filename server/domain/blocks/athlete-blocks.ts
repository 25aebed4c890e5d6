import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { MarkDayInput } from "@/contract/blocks";
import { blockDays, clubs, recoveryBlocks, trainingSessions, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { dayEvent } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { addDays, todayIn } from "@/server/domain/days";
import { effectiveStatus, isCurrentBlock } from "./block-status";
import { refreshBlockSummary } from "./refresh-block-summary";
import { describeDay, formatDistance } from "./describe-day";
import { keyset } from "@/server/domain/keyset/keyset";

async function profileOf(db: DbOrTx, userId: string) {
  const [me] = await db.select({ timeZone: users.timeZone, distanceUnit: users.distanceUnit }).from(users).where(eq(users.id, userId));
  if (!me) throw AppError.notFound("Account");
  return me;
}

/** The caller's own active block with every day, and where today falls in it. Only ever the caller's. */
export async function getToday(db: DbOrTx, userId: string) {
  const me = await profileOf(db, userId);
  const today = todayIn(me.timeZone);
  const coach = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${recoveryBlocks.coachId})`;
  const [row] = await db
    .select({ block: recoveryBlocks, clubName: clubs.name, clubSlug: clubs.slug, coachName: coach })
    .from(recoveryBlocks)
    .leftJoin(clubs, eq(clubs.id, recoveryBlocks.clubId))
    .where(and(eq(recoveryBlocks.athleteId, userId), isCurrentBlock(today)));
  if (!row) return { today, distanceUnit: me.distanceUnit, block: null };
  const days = (await db.select().from(blockDays).where(eq(blockDays.blockId, row.block.id)).orderBy(asc(blockDays.date))).map((d) => ({
    ...d,
    summary: describeDay(d, me.distanceUnit),
  }));
  const { baselineWeeklyM, targetWeeklyM } = row.block;
  const todayDay = days.find((d) => d.date === today) ?? null;
  const due = days.filter((d) => d.date < today || (d.date === today && d.status !== "pending"));
  return {
    today,
    distanceUnit: me.distanceUnit,
    block: {
      ...row.block,
      clubName: row.clubName,
      clubSlug: row.clubSlug,
      coachName: row.coachName,
      days,
      todayDay,
      dayNumber: todayDay ? todayDay.dayIndex + 1 : null,
      totalDays: days.length,
      upcoming: days.filter((d) => d.date > today).slice(0, 3),
      compliance: complianceOf(due),
      volumeTarget:
        baselineWeeklyM != null && targetWeeklyM != null
          ? { usual: formatDistance(baselineWeeklyM, me.distanceUnit), target: formatDistance(targetWeeklyM, me.distanceUnit) }
          : null,
    },
  };
}

/** Done days count fully, partly done ones half, out of the days due so far. */
export function complianceOf(due: { status: string }[]) {
  const done = due.filter((d) => d.status === "done").length;
  const partial = due.filter((d) => d.status === "partial").length;
  return { done, partial, due: due.length, ratio: due.length ? (done + partial / 2) / due.length : null };
}

export async function markDay(
  db: DbOrTx,
  userId: string,
  input: MarkDayInput,
) {
  const me = await profileOf(db, userId);
  const today = todayIn(me.timeZone);
  return db.transaction(async (tx) => {
    const [day] = await tx
      .select({
        id: blockDays.id, date: blockDays.date, blockId: blockDays.blockId, status: recoveryBlocks.status, endDate: recoveryBlocks.endDate,
        clubId: recoveryBlocks.clubId,
      })
      .from(blockDays)
      .innerJoin(recoveryBlocks, eq(recoveryBlocks.id, blockDays.blockId))
      .where(and(eq(blockDays.id, input.dayId), eq(blockDays.athleteId, userId)));
    if (!day) throw AppError.notFound("Day");
    if (effectiveStatus(day, today) !== "active") throw new AppError("CONFLICT", "This block has ended, so its days can't be changed.");
    if (day.date > today) throw AppError.field("status", "You can only mark today or earlier days");
    const [updated] = await tx
      .update(blockDays)
      .set({ status: input.status, athleteNote: input.note, feel: input.feel ?? null, completedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(blockDays.id, input.dayId), eq(blockDays.athleteId, userId)))
      .returning();
    await refreshBlockSummary(tx, [day.blockId]);
    await publishLive(tx, [dayEvent({ id: day.blockId, clubId: day.clubId, athleteId: userId })]);
    return updated!;
  });
}

const blockPages = keyset("desc", { date: { on: recoveryBlocks.startDate, type: "date" }, id: { on: recoveryBlocks.id, type: "uuid" } });

/** The caller's blocks, newest first, keyset-paginated on (start date, id). */
export async function listMyBlocks(db: DbOrTx, userId: string, input: { cursor?: string | null; limit: number }) {
  const after = blockPages.after(input.cursor);
  const [me, rows] = await Promise.all([profileOf(db, userId), db
    .select({
      id: recoveryBlocks.id,
      name: recoveryBlocks.name,
      phase: recoveryBlocks.phase,
      status: recoveryBlocks.status,
      startDate: recoveryBlocks.startDate,
      endDate: recoveryBlocks.endDate,
      // Null for a block the runner started themselves.
      clubName: clubs.name,
      selfStarted: recoveryBlocks.selfStarted,
      coachNote: recoveryBlocks.coachNote,
      // Kept in step with the block's days by refreshBlockSummary.
      done: recoveryBlocks.doneCount,
      days: recoveryBlocks.dayCount,
    })
    .from(recoveryBlocks)
    .leftJoin(clubs, eq(clubs.id, recoveryBlocks.clubId))
    .where(and(eq(recoveryBlocks.athleteId, userId), after))
    .orderBy(desc(recoveryBlocks.startDate), desc(recoveryBlocks.id))
    .limit(input.limit + 1)]);
  const today = todayIn(me.timeZone);
  const { items, nextCursor } = blockPages.page(rows, input.limit, (r) => ({ date: r.startDate, id: r.id }));
  return { items: items.map((r) => ({ ...r, status: effectiveStatus(r, today) })), nextCursor };
}

/**
 * Phases across the last year: each block's phase, and the weeks with any training (Monday-start), so the gaps
 * between blocks show as training only where the runner trained, and as no training elsewhere.
 */
export async function getPhaseTimeline(db: DbOrTx, userId: string) {
  const me = await profileOf(db, userId);
  const today = todayIn(me.timeZone);
  const from = addDays(today, -365);
  const week = sql<string>`to_char(date_trunc('week', ${trainingSessions.date}::timestamp), 'YYYY-MM-DD')`;
  const trained = db
    .select({ weekStart: week })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.userId, userId), gte(trainingSessions.date, from), sql`${trainingSessions.date} <= ${today}::date`))
    .groupBy(week)
    .orderBy(week);
  const rows = await db
    .select({ name: recoveryBlocks.name, phase: recoveryBlocks.phase, status: recoveryBlocks.status, startDate: recoveryBlocks.startDate, endDate: recoveryBlocks.endDate, endedAt: recoveryBlocks.endedAt })
    .from(recoveryBlocks)
    .where(and(eq(recoveryBlocks.athleteId, userId), gte(recoveryBlocks.endDate, from)))
    .orderBy(asc(recoveryBlocks.startDate), asc(recoveryBlocks.createdAt))
    .limit(100);
  const segments = rows
    .filter((r) => r.status !== "cancelled")
    .map((r) => {
      // A block stopped early ends where it stopped.
      const stopped = r.endedAt && r.status !== "completed" ? r.endedAt.toISOString().slice(0, 10) : null;
      const end = stopped && stopped < r.endDate ? stopped : r.endDate;
      return { name: r.name, phase: r.phase, startDate: r.startDate < from ? from : r.startDate, endDate: end < r.startDate ? r.startDate : end };
    });
  return { from, to: today, segments, trainedWeeks: (await trained).map((r) => r.weekStart) };
}
