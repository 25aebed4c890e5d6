// The private thread between an athlete and one club's coaches on a check-in. Zod only (no server code).
import { z } from "zod";
import { THREAD_MESSAGE_MAX } from "./limits";
import { pageInput } from "./paging";

export { THREAD_MESSAGE_MAX };

export const threadMessageBody = z
  .string("Write a message first")
  .trim()
  .min(1, "Write a message first")
  .max(THREAD_MESSAGE_MAX, `Keep messages under ${THREAD_MESSAGE_MAX} characters`);

/** A thread is named by its check-in and its club: one per (check-in, club). */
const threadRef = { checkinId: z.uuid("Unknown check-in"), clubId: z.uuid("Unknown club") };

export const threadMessagesInput = pageInput.extend(threadRef);
export const postThreadMessageInput = z.object({ ...threadRef, body: threadMessageBody });
export const editThreadMessageInput = z.object({ messageId: z.uuid("Unknown message"), body: threadMessageBody });
export const threadMessageIdInput = z.object({ messageId: z.uuid("Unknown message") });
export const checkinThreadsInput = z.object({ checkinId: z.uuid("Unknown check-in") });
/** The athlete's threads with a coach reply, newest first (Today). */
export const recentRepliesInput = pageInput.extend({ limit: z.number().int().min(1).max(20).default(3) });

/** The optional word a coach adds when assigning or changing a block: it lands in the check-in's thread. */
export const blockMessage = z
  .string()
  .trim()
  .max(THREAD_MESSAGE_MAX, `Keep the message under ${THREAD_MESSAGE_MAX} characters`);
