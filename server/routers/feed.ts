import { addComment, deleteComment, editComment, listComments } from "@/server/domain/feed/comments";
import { listFeed } from "@/server/domain/feed/list-feed";
import { getSlumpBanner } from "@/server/domain/feed/slump-banner";
import { toggleReaction } from "@/server/domain/feed/toggle-reaction";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { clubMemberCreateProcedure, clubMemberProcedure, createTRPCRouter } from "@/server/trpc";
import { addCommentInput, commentIdInput, commentsPageInput, editCommentInput, feedPageInput, reactionInput } from "@/contract/feed";

const COMMENT_LIMIT = { limit: 30, windowSeconds: 600 };
const REACTION_LIMIT = { limit: 200, windowSeconds: 600 };

export const feedRouter = createTRPCRouter({
  list: clubMemberProcedure
    .input(feedPageInput)
    .query(({ ctx, input }) => listFeed(ctx.db, { club: ctx.club, viewer: { id: ctx.user.id, role: ctx.role }, page: input })),
  banner: clubMemberProcedure.query(({ ctx }) => getSlumpBanner(ctx.db, ctx.club)),
  react: clubMemberProcedure.input(reactionInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `reaction:${ctx.user.id}`, REACTION_LIMIT, "reactions");
    return toggleReaction(ctx.db, { club: ctx.club, userId: ctx.user.id, input });
  }),
  comments: clubMemberProcedure
    .input(commentsPageInput)
    .query(({ ctx, input }) => listComments(ctx.db, { clubId: ctx.club.id, viewer: { id: ctx.user.id, role: ctx.role }, input })),
  addComment: clubMemberCreateProcedure.input(addCommentInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `comment:${ctx.user.id}`, COMMENT_LIMIT, "comments");
    return addComment(ctx.db, { club: ctx.club, userId: ctx.user.id, input });
  }),
  editComment: clubMemberProcedure.input(editCommentInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `comment:${ctx.user.id}`, COMMENT_LIMIT, "comments");
    return editComment(ctx.db, { clubId: ctx.club.id, userId: ctx.user.id, input });
  }),
  deleteComment: clubMemberProcedure
    .input(commentIdInput)
    .mutation(({ ctx, input }) => deleteComment(ctx.db, { clubId: ctx.club.id, viewer: { id: ctx.user.id, role: ctx.role }, commentId: input.commentId })),
});
