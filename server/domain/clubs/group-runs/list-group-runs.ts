import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { GroupRunWhen, RsvpStatus } from "@/contract/values";
import { groupRunRsvps, groupRuns } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { cursorAt, keyset } from "@/server/domain/keyset/keyset";

const runKeys = { at: { on: groupRuns.startsAt, type: "timestamp" }, id: { on: groupRuns.id, type: "uuid" } } as const;
const upcomingPages = keyset("asc", runKeys);
const pastPages = keyset("desc", runKeys);
export type RsvpCounts = Record<RsvpStatus, number>;

/**
 * Upcoming runs (soonest first) or past runs (latest first) with RSVP counts and the caller's own answer:
 * three queries per page, whatever its size. Access is checked by the caller.
 */
export async function listGroupRuns(
  db: DbOrTx,
  { clubId, userId, input }: {
    clubId: string;
    userId: string | null;
    input: { when: GroupRunWhen; cursor?: string | null | undefined; limit?: number | undefined };
  },
  now = new Date(),
) {
  const limit = input.limit ?? 10;
  const upcoming = input.when === "upcoming";
  const pages = upcoming ? upcomingPages : pastPages;
  const after = pages.after(input.cursor);
  const rows = await db
    .select({
      id: groupRuns.id,
      title: groupRuns.title,
      startsAt: groupRuns.startsAt,
      meetingPoint: groupRuns.meetingPoint,
      distanceMeters: groupRuns.distanceMeters,
      paceGroups: groupRuns.paceGroups,
      notes: groupRuns.notes,
      cancelledAt: groupRuns.cancelledAt,
      cursorAt: cursorAt(groupRuns.startsAt),
    })
    .from(groupRuns)
    .where(
      and(
        eq(groupRuns.clubId, clubId),
        upcoming ? gte(groupRuns.startsAt, now) : lt(groupRuns.startsAt, now),
        after,
      ),
    )
    .orderBy(...(upcoming ? [asc(groupRuns.startsAt), asc(groupRuns.id)] : [desc(groupRuns.startsAt), desc(groupRuns.id)]))
    .limit(limit + 1);
  const { items, nextCursor } = pages.page(rows, limit, (r) => ({ at: r.cursorAt, id: r.id }));
  const ids = items.map((r) => r.id);
  const [counts, mine] = ids.length
    ? await Promise.all([
        db
          .select({ runId: groupRunRsvps.runId, status: groupRunRsvps.status, n: sql<number>`count(*)::int` })
          .from(groupRunRsvps)
          .where(inArray(groupRunRsvps.runId, ids))
          .groupBy(groupRunRsvps.runId, groupRunRsvps.status),
        userId
          ? db
              .select({ runId: groupRunRsvps.runId, status: groupRunRsvps.status })
              .from(groupRunRsvps)
              .where(and(inArray(groupRunRsvps.runId, ids), eq(groupRunRsvps.userId, userId)))
          : Promise.resolve([]),
      ])
    : [[], []];
  return {
    items: items.map((run) => {
      const rsvpCounts: RsvpCounts = { going: 0, maybe: 0, not_going: 0 };
      for (const row of counts) if (row.runId === run.id) rsvpCounts[row.status] = Number(row.n);
      return { ...run, isPast: run.startsAt.getTime() < now.getTime(), rsvpCounts, myRsvp: mine.find((m) => m.runId === run.id)?.status ?? null };
    }),
    nextCursor,
  };
}
