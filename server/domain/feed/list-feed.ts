import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { REACTION_KINDS, type DistanceUnit, type ReactionKind } from "@/contract/values";
import type { DbOrTx } from "@/db/client";
import { checkinShares, checkins, clubMembers, comments, reactions, trainingSessions, users } from "@/db/schema";
import type { ClubRole } from "@/server/domain/clubs/club-access";
import { cursorAt, keyset } from "@/server/domain/keyset/keyset";
import { literalLimit, preparedPerDb } from "@/server/domain/queries/prepared-per-db";
import { runSummary } from "./run-summary";

type ReactionCount = { kind: ReactionKind; count: number; mine: boolean };

// PGlite hands json back parsed, postgres.js as text in a raw sql column; accept both.
const parseJson = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v) as ReactionCount[] | null;
const feedPages = keyset("desc", {
  at: { on: checkinShares.sharedAt, type: "timestamp" },
  id: { on: checkinShares.checkinId, type: "uuid" },
});

// Values go in as placeholders, so the statement's text is the same for every club and viewer.
const clubParam = sql.placeholder("clubId");
const viewerParam = sql.placeholder("viewerId");

/** The page statement for a fetch size, with `after` (keyset.ts's condition) for a later page. */
function feedStatement(db: DbOrTx, fetchSize: number, after?: SQL) {
  // The page is read straight off checkin_shares_feed_idx in a subquery of its own: with the membership join inside,
  // the planner misjudges how many rows survive and sorts the whole club instead.
  const window = db
    .select({
      checkinId: checkinShares.checkinId,
      userId: checkinShares.userId,
      clubId: checkinShares.clubId,
      sharedAt: checkinShares.sharedAt,
      cursorAt: cursorAt(checkinShares.sharedAt).as("cursor_at"),
    })
    .from(checkinShares)
    .where(and(eq(checkinShares.clubId, clubParam), after))
    // "nulls last" matches the index as drizzle declares it (desc() is DESC NULLS LAST); without it Postgres sorts instead.
    .orderBy(sql`${checkinShares.sharedAt} desc nulls last`, sql`${checkinShares.checkinId} desc nulls last`)
    .limit(literalLimit(fetchSize))
    .as("page");
  return db
    .select({
      checkinId: window.checkinId,
      cursorAt: window.cursorAt,
      sharedAt: window.sharedAt,
      authorId: window.userId,
      // A runner who left the club takes their posts with them.
      active: sql<boolean>`${clubMembers.userId} is not null`,
      authorName: users.name,
      date: checkins.date,
      verdict: checkins.verdict,
      reasons: checkins.reasons,
      burnoutFlag: checkins.burnoutFlag,
      note: checkins.note,
      updatedAt: checkins.updatedAt,
      // Only these three columns of the session: the feed never carries heart rate, effort or notes (run-summary.ts).
      sessionDistanceM: trainingSessions.distanceM,
      sessionDurationMin: trainingSessions.durationMin,
      sessionMovingSec: trainingSessions.movingSec,
      // Uncorrelated, so Postgres runs it once per page (an InitPlan), not per row.
      viewerUnit: sql<DistanceUnit>`(select v.distance_unit from ${users} v where v.id = ${viewerParam})`,
      // Reactions and comment counts come with the page (per-row lookups on their primary/club indexes), so a page is
      // one query whatever its size.
      reactions: sql<ReactionCount[] | null>`(
        select json_agg(json_build_object('kind', r.kind, 'count', r.n, 'mine', r.mine))
        from (select ${reactions.kind} as kind, count(*)::int as n, bool_or(${reactions.userId} = ${viewerParam}) as mine
              from ${reactions} where ${reactions.checkinId} = ${window.checkinId} and ${reactions.clubId} = ${window.clubId}
              group by ${reactions.kind}) r)`.mapWith(parseJson),
      commentCount: sql<number>`(select count(*)::int from ${comments}
        where ${comments.checkinId} = ${window.checkinId} and ${comments.clubId} = ${window.clubId})`.mapWith(Number),
    })
    .from(window)
    .innerJoin(checkins, eq(checkins.id, window.checkinId))
    .innerJoin(users, eq(users.id, window.userId))
    .leftJoin(trainingSessions, eq(trainingSessions.id, checkins.sessionId))
    .leftJoin(
      clubMembers,
      and(eq(clubMembers.clubId, window.clubId), eq(clubMembers.userId, window.userId), eq(clubMembers.status, "active")),
    )
    .orderBy(desc(window.sharedAt), desc(window.checkinId));
}

// The first page, the one nearly every request reads, is built once per database handle and page size. A later page's
// cursor values are bound values too, so its text never changes either and PostgreSQL still parses it once per connection.
const firstPage = preparedPerDb((db, fetchSize: number) => feedStatement(db, fetchSize).prepare(`feed_first_page_${fetchSize}`));

/**
 * A page of a club's feed, newest share first, in ONE query whatever the page size: a keyset window on
 * checkin_shares_feed_idx joined to check-ins, authors, the check-in's logged session (its primary key), reactions and
 * comment counts, with the viewer's distance unit. Membership is checked by the
 * caller (clubMemberProcedure), so a request makes two queries.
 */
export async function listFeed(
  db: DbOrTx,
  { club, viewer, page: opts }: { club: { id: string }; viewer: { id: string; role: ClubRole }; page: { cursor?: string | null; limit: number } },
) {
  const after = feedPages.after(opts.cursor);
  // Shares of runners who left are dropped after the read, so it over-reads a little to still fill the page.
  const fetchSize = opts.limit * 2 + 1;
  const statement = after ? feedStatement(db, fetchSize, after).prepare(`feed_next_page_${fetchSize}`) : firstPage(db, fetchSize);
  const fetched = await statement.execute({ clubId: club.id, viewerId: viewer.id });
  const rows = fetched.filter((r) => r.active);
  const page = rows.slice(0, opts.limit);
  const isStaff = viewer.role !== "member";
  const items = page.map((r) => {
    const mine = r.authorId === viewer.id;
    return {
      checkinId: r.checkinId,
      sharedAt: r.sharedAt,
      date: r.date,
      author: { id: r.authorId, name: r.authorName },
      isMine: mine,
      verdict: r.verdict,
      reasons: r.reasons,
      // The burnout flag is for the runner and their coaches, not the whole club.
      burnoutFlag: mine || isStaff ? r.burnoutFlag : false,
      note: r.note,
      run: runSummary({ distanceM: r.sessionDistanceM, durationMin: r.sessionDurationMin, movingSec: r.sessionMovingSec }),
      edited: r.updatedAt.getTime() - r.sharedAt.getTime() > 60_000,
      reactions: Object.fromEntries(
        REACTION_KINDS.map((kind) => {
          const hit = r.reactions?.find((x) => x.kind === kind);
          return [kind, { count: hit?.count ?? 0, mine: Boolean(hit?.mine) }];
        }),
      ) as Record<ReactionKind, { count: number; mine: boolean }>,
      commentCount: r.commentCount,
    };
  });
  // More rows exist if the page overflowed, or if the window was full (even when most of it was filtered out).
  const resumeAfter = rows.length > opts.limit ? page.at(-1) : fetched.length === fetchSize ? fetched.at(-1) : undefined;
  return {
    items,
    unit: fetched[0]?.viewerUnit ?? ("km" as DistanceUnit),
    nextCursor: resumeAfter ? feedPages.encode({ at: resumeAfter.cursorAt, id: resumeAfter.checkinId }) : null,
  };
}
