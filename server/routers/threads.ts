import { deleteThreadMessage } from "@/server/domain/threads/delete-thread-message";
import { editThreadMessage } from "@/server/domain/threads/edit-thread-message";
import { listCheckinThreads } from "@/server/domain/threads/list-checkin-threads";
import { listRecentReplies } from "@/server/domain/threads/list-recent-replies";
import { listThread } from "@/server/domain/threads/list-thread";
import { postThreadMessage } from "@/server/domain/threads/post-thread-message";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { createTRPCRouter, protectedCreateProcedure, protectedProcedure } from "@/server/trpc";
import {
  checkinThreadsInput, editThreadMessageInput, postThreadMessageInput, recentRepliesInput, threadMessageIdInput, threadMessagesInput,
} from "@/contract/threads";

// The same budget as feed comments.
const MESSAGE_LIMIT = { limit: 30, windowSeconds: 600 };

// Signed-in procedures, not club ones: the athlete keeps their threads after leaving a club. Who may read or write
// each thread is decided in server/domain/threads/thread-access.ts.
export const threadsRouter = createTRPCRouter({
  forCheckin: protectedProcedure
    .input(checkinThreadsInput)
    .query(({ ctx, input }) => listCheckinThreads(ctx.db, { viewerId: ctx.user.id, checkinId: input.checkinId })),
  messages: protectedProcedure.input(threadMessagesInput).query(({ ctx, input }) => listThread(ctx.db, ctx.user.id, input)),
  recentReplies: protectedProcedure.input(recentRepliesInput).query(({ ctx, input }) => listRecentReplies(ctx.db, ctx.user.id, input)),
  post: protectedCreateProcedure.input(postThreadMessageInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `thread:${ctx.user.id}`, MESSAGE_LIMIT, "messages");
    return postThreadMessage(ctx.db, ctx.user.id, input);
  }),
  edit: protectedProcedure.input(editThreadMessageInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `thread:${ctx.user.id}`, MESSAGE_LIMIT, "messages");
    return editThreadMessage(ctx.db, ctx.user.id, input);
  }),
  delete: protectedProcedure.input(threadMessageIdInput).mutation(({ ctx, input }) => deleteThreadMessage(ctx.db, ctx.user.id, input.messageId)),
});
