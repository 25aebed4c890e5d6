import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { comments, users } from "@/db/schema";
import type { ClubRole } from "@/server/domain/clubs/club-access";
import { notify } from "@/server/domain/notifications/notify";
import { AppError } from "@/server/errors";
import { publishLive } from "@/server/domain/live/publish-live";
import { cursorAt, keyset } from "@/server/domain/keyset/keyset";
import { feedHref } from "./feed-href";
import { requireSharedCheckin } from "./shared-checkin";

type Viewer = { id: string; role: ClubRole };
const commentPages = keyset("asc", { at: { on: comments.createdAt, type: "timestamp" }, id: { on: comments.id, type: "uuid" } });

/** A check-in's comments in this club, oldest first, keyset-paginated on (created_at, id). */
export async function listComments(
  db: Db,
  { clubId, viewer, input }: { clubId: string; viewer: Viewer; input: { checkinId: string; cursor?: string | null; limit: number } },
) {
  await requireSharedCheckin(db, { clubId, checkinId: input.checkinId });
  const after = commentPages.after(input.cursor);
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      updatedAt: comments.updatedAt,
      cursorAt: cursorAt(comments.createdAt),
      authorId: comments.authorId,
      authorName: users.name,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.checkinId, input.checkinId), eq(comments.clubId, clubId), after))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(input.limit + 1);
  const { items, nextCursor } = commentPages.page(rows, input.limit, (c) => ({ at: c.cursorAt, id: c.id }));
  return {
    items: items.map((c) => ({
      ...c,
      edited: c.updatedAt.getTime() - c.createdAt.getTime() > 1000,
      canEdit: c.authorId === viewer.id,
      canDelete: c.authorId === viewer.id || viewer.role !== "member",
    })),
    nextCursor,
  };
}

/** Adds a comment to a check-in shared with the club, and tells its author. */
export async function addComment(
  db: Db,
  { club, userId, input }: { club: { id: string; slug: string }; userId: string; input: { checkinId: string; body: string } },
) {
  return db.transaction(async (tx) => {
    const { authorId } = await requireSharedCheckin(tx, { clubId: club.id, checkinId: input.checkinId });
    const [row] = await tx
      .insert(comments)
      .values({ checkinId: input.checkinId, clubId: club.id, authorId: userId, body: input.body })
      .returning({ id: comments.id, createdAt: comments.createdAt });
    await publishLive(tx, [{ kind: "comment", audience: "club", clubId: club.id, userId, refId: input.checkinId }]);
    if (authorId !== userId) {
      const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
      await notify(tx, [
        {
          userId: authorId,
          kind: "feed.comment",
          title: `${me?.name ?? "A clubmate"} commented on your check-in`,
          body: input.body.length > 140 ? `${input.body.slice(0, 139)}…` : input.body,
          href: feedHref({ clubSlug: club.slug, checkinId: input.checkinId }),
        },
      ]);
    }
    return row!;
  });
}

/** Authors edit their own comments only. */
export async function editComment(
  db: Db,
  { clubId, userId, input }: { clubId: string; userId: string; input: { commentId: string; body: string } },
) {
  const [row] = await db
    .update(comments)
    .set({ body: input.body, updatedAt: sql`now()` })
    .where(and(eq(comments.id, input.commentId), eq(comments.clubId, clubId), eq(comments.authorId, userId)))
    .returning({ id: comments.id, body: comments.body });
  if (row) return row;
  const [exists] = await db.select({ id: comments.id }).from(comments).where(and(eq(comments.id, input.commentId), eq(comments.clubId, clubId)));
  throw exists ? AppError.forbidden("You can only edit your own comments.") : AppError.notFound("Comment");
}

/** Authors delete their own comments; the club's owner and coaches can remove any. */
export async function deleteComment(db: Db, { clubId, viewer, commentId }: { clubId: string; viewer: Viewer; commentId: string }) {
  const [row] = await db
    .delete(comments)
    .where(
      and(
        eq(comments.id, commentId),
        eq(comments.clubId, clubId),
        viewer.role === "member" ? eq(comments.authorId, viewer.id) : undefined,
      ),
    )
    .returning({ id: comments.id });
  if (row) return row;
  const [exists] = await db.select({ id: comments.id }).from(comments).where(and(eq(comments.id, commentId), eq(comments.clubId, clubId)));
  throw exists ? AppError.forbidden("You can only delete your own comments.") : AppError.notFound("Comment");
}
