import { eq } from "drizzle-orm";
import { coachThreadMessages, coachThreads } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { requireThread, type ThreadAccess } from "./thread-access";

/**
 * A message the caller wrote, in a thread they may still read. Someone else's message in a thread the caller reads
 * is FORBIDDEN (they can see it anyway); anything else is "not found".
 */
export async function findOwnMessage(tx: DbOrTx, { userId, messageId, verb }: { userId: string; messageId: string; verb: "edit" | "delete" }) {
  const [row] = await tx
    .select({ authorId: coachThreadMessages.authorId, threadId: coachThreads.id, checkinId: coachThreads.checkinId, clubId: coachThreads.clubId })
    .from(coachThreadMessages)
    .innerJoin(coachThreads, eq(coachThreads.id, coachThreadMessages.threadId))
    .where(eq(coachThreadMessages.id, messageId));
  if (!row) throw AppError.notFound("Message");
  const access: ThreadAccess = await requireThread(tx, { viewerId: userId, checkinId: row.checkinId, clubId: row.clubId }).catch((err: unknown) => {
    throw err instanceof AppError ? AppError.notFound("Message") : err;
  });
  if (row.authorId !== userId) throw AppError.forbidden(`You can only ${verb} your own messages.`);
  return { access, threadId: row.threadId };
}
