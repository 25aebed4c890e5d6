import { eq, sql } from "drizzle-orm";
import { coachThreadMessages, coachThreads } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { findOwnMessage } from "./find-own-message";

/** Recounts a thread's summary from its messages; the caller holds the thread row's lock. */
async function recountThread(tx: DbOrTx, threadId: string): Promise<void> {
  await tx.execute(sql`
    update coach_threads t set
      message_count = (select count(*)::int from coach_thread_messages m where m.thread_id = t.id),
      last_message_at = (select max(m.created_at) from coach_thread_messages m where m.thread_id = t.id),
      last_coach_reply_at = (select max(m.created_at) from coach_thread_messages m
        where m.thread_id = t.id and m.author_id is distinct from t.athlete_id),
      last_coach_reply_by_id = (select m.author_id from coach_thread_messages m
        where m.thread_id = t.id and m.author_id is distinct from t.athlete_id order by m.created_at desc, m.id desc limit 1)
    where t.id = ${threadId}`);
}

/** Authors delete their own messages; the thread's summary ("replied by …", the count) follows in the same transaction. */
export async function deleteThreadMessage(db: DbOrTx, userId: string, messageId: string) {
  return db.transaction(async (tx) => {
    const { threadId } = await findOwnMessage(tx, { userId, messageId, verb: "delete" });
    // Lock the thread first, so a message posted meanwhile is either counted or waits for this recount.
    await tx.select({ id: coachThreads.id }).from(coachThreads).where(eq(coachThreads.id, threadId)).for("update");
    await tx.delete(coachThreadMessages).where(eq(coachThreadMessages.id, messageId));
    await recountThread(tx, threadId);
    return { id: messageId };
  });
}
