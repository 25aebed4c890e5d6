import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { checkinShares, checkins, clubMembers, comments, reactions, users } from "@/db/schema";
import type { ClubRole } from "@/server/domain/clubs/club-access";
import { decodeFeedCursor, encodeFeedCursor } from "./feed-cursor";

export type ReactionKind = "cheer" | "been_there" | "got_this";
export const REACTION_KINDS: ReactionKind[] = ["cheer", "been_there", "got_this"];

/**
 * A page of a club's feed, newest share first. Three queries whatever the page size: the page itself (keyset on
 * checkin_shares_feed_idx), then reactions and comment counts for the whole page at once. Membership is checked
 * by the caller (clubMemberProcedure).
 */
export async function listFeed(
  db: DbOrTx,
  club: { id: string },
  viewer: { id: string; role: ClubRole },
  opts: { cursor?: string | null; limit: number },
) {
  const after = opts.cursor ? decodeFeedCursor(opts.cursor) : null;
  // The page is read straight off checkin_shares_feed_idx in a subquery of its own: with the membership join inside,
  // the planner misjudges how many rows survive and sorts the whole club instead. Shares of runners who left are
  // dropped afterwards, so it over-reads a little to still fill the page.
  const fetchSize = opts.limit * 2 + 1;
  const window = db
    .select({
      checkinId: checkinShares.checkinId,
      userId: checkinShares.userId,
      clubId: checkinShares.clubId,
      sharedAt: checkinShares.sharedAt,
      cursorAt: sql<string>`to_char(${checkinShares.sharedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as("cursor_at"),
    })
    .from(checkinShares)
    .where(
      and(
        eq(checkinShares.clubId, club.id),
        after
          ? sql`(${checkinShares.sharedAt}, ${checkinShares.checkinId}) < (${after.sharedAt}::timestamptz, ${after.checkinId}::uuid)`
          : undefined,
      ),
    )
    // "nulls last" matches the index as drizzle declares it (desc() is DESC NULLS LAST); without it Postgres sorts instead.
    .orderBy(sql`${checkinShares.sharedAt} desc nulls last`, sql`${checkinShares.checkinId} desc nulls last`)
    .limit(fetchSize)
    .as("page");
  const fetched = await db
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
    })
    .from(window)
    .innerJoin(checkins, eq(checkins.id, window.checkinId))
    .innerJoin(users, eq(users.id, window.userId))
    .leftJoin(
      clubMembers,
      and(eq(clubMembers.clubId, window.clubId), eq(clubMembers.userId, window.userId), eq(clubMembers.status, "active")),
    )
    .orderBy(desc(window.sharedAt), desc(window.checkinId));
  const rows = fetched.filter((r) => r.active);
  const page = rows.slice(0, opts.limit);
  const ids = page.map((r) => r.checkinId);
  const [reactionRows, commentRows] = ids.length
    ? await Promise.all([
        db
          .select({
            checkinId: reactions.checkinId,
            kind: reactions.kind,
            count: sql<number>`count(*)::int`,
            mine: sql<boolean>`bool_or(${reactions.userId} = ${viewer.id})`,
          })
          .from(reactions)
          .where(and(eq(reactions.clubId, club.id), inArray(reactions.checkinId, ids)))
          .groupBy(reactions.checkinId, reactions.kind),
        db
          .select({ checkinId: comments.checkinId, count: sql<number>`count(*)::int` })
          .from(comments)
          .where(and(eq(comments.clubId, club.id), inArray(comments.checkinId, ids)))
          .groupBy(comments.checkinId),
      ])
    : [[], []];

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
      edited: r.updatedAt.getTime() - r.sharedAt.getTime() > 60_000,
      reactions: Object.fromEntries(
        REACTION_KINDS.map((kind) => {
          const hit = reactionRows.find((x) => x.checkinId === r.checkinId && x.kind === kind);
          return [kind, { count: hit?.count ?? 0, mine: Boolean(hit?.mine) }];
        }),
      ) as Record<ReactionKind, { count: number; mine: boolean }>,
      commentCount: commentRows.find((x) => x.checkinId === r.checkinId)?.count ?? 0,
    };
  });
  // More rows exist if the page overflowed, or if the window was full (even when most of it was filtered out).
  const resumeAfter = rows.length > opts.limit ? page.at(-1) : fetched.length === fetchSize ? fetched.at(-1) : undefined;
  return {
    items,
    nextCursor: resumeAfter ? encodeFeedCursor({ sharedAt: resumeAfter.cursorAt, checkinId: resumeAfter.checkinId }) : null,
  };
}
