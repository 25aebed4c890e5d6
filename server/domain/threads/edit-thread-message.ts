import type { z } from "zod";
import { eq, sql } from "drizzle-orm";
import type { editThreadMessageInput } from "@/contract/threads";
import { coachThreadMessages } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { findOwnMessage } from "./find-own-message";

/** Authors edit their own messages, while they may read the thread. The thread's summary doesn't change. */
export async function editThreadMessage(db: DbOrTx, userId: string, input: z.output<typeof editThreadMessageInput>) {
  return db.transaction(async (tx) => {
    await findOwnMessage(tx, { userId, messageId: input.messageId, verb: "edit" });
    const [row] = await tx
      .update(coachThreadMessages)
      .set({ body: input.body, updatedAt: sql`now()` })
      .where(eq(coachThreadMessages.id, input.messageId))
      .returning({ id: coachThreadMessages.id, body: coachThreadMessages.body });
    return row!;
  });
}
