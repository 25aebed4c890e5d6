import type { z } from "zod";
import { and, asc, eq } from "drizzle-orm";
import type { threadMessagesInput } from "@/contract/threads";
import { coachThreadMessages, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { cursorAt, keyset } from "@/server/domain/keyset/keyset";
import { requireThread } from "./thread-access";

const messagePages = keyset("asc", {
  at: { on: coachThreadMessages.createdAt, type: "timestamp" },
  id: { on: coachThreadMessages.id, type: "uuid" },
});

/** One thread's messages, oldest first, keyset-paginated on (created_at, id), with what the caller may do there. */
export async function listThread(db: DbOrTx, viewerId: string, input: z.output<typeof threadMessagesInput>) {
  const access = await requireThread(db, { viewerId, checkinId: input.checkinId, clubId: input.clubId });
  const after = messagePages.after(input.cursor);
  const rows = access.threadId
    ? await db
        .select({
          id: coachThreadMessages.id,
          body: coachThreadMessages.body,
          createdAt: coachThreadMessages.createdAt,
          updatedAt: coachThreadMessages.updatedAt,
          cursorAt: cursorAt(coachThreadMessages.createdAt),
          authorId: coachThreadMessages.authorId,
          authorName: users.name,
        })
        .from(coachThreadMessages)
        .leftJoin(users, eq(users.id, coachThreadMessages.authorId))
        .where(and(eq(coachThreadMessages.threadId, access.threadId), after))
        .orderBy(asc(coachThreadMessages.createdAt), asc(coachThreadMessages.id))
        .limit(input.limit + 1)
    : [];
  const { items, nextCursor } = messagePages.page(rows, input.limit, (m) => ({ at: m.cursorAt, id: m.id }));
  return {
    club: access.club,
    side: access.side,
    open: access.open,
    items: items.map(({ authorId, authorName, ...m }) => ({
      ...m,
      // For the author's avatar; null once the account is gone.
      authorId,
      // A deleted account leaves its messages to the athlete, unsigned.
      authorName: authorName ?? "A former coach",
      fromCoach: authorId !== access.athleteId,
      mine: authorId === viewerId,
      edited: m.updatedAt.getTime() - m.createdAt.getTime() > 1000,
    })),
    nextCursor,
  };
}
