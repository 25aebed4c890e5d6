// A club's feed: its pages, reactions and comments. Zod only (no server code), like the rest of contract/.
import { z } from "zod";
import { COMMENT_MAX } from "./limits";
import { pageInput } from "./paging";
import { REACTION_KINDS } from "./values";

export { COMMENT_MAX };

export const feedPageInput = pageInput.extend({ clubId: z.uuid("Unknown club") });

export const reactionInput = z.object({
  clubId: z.uuid("Unknown club"),
  checkinId: z.uuid("Unknown check-in"),
  kind: z.enum(REACTION_KINDS, "Choose a reaction"),
});

const commentBody = z.string().trim().min(1, "Write a comment first").max(COMMENT_MAX, `Keep comments under ${COMMENT_MAX} characters`);

export const addCommentInput = z.object({ clubId: z.uuid("Unknown club"), checkinId: z.uuid("Unknown check-in"), body: commentBody });
export const editCommentInput = z.object({ clubId: z.uuid("Unknown club"), commentId: z.uuid("Unknown comment"), body: commentBody });
export const commentIdInput = z.object({ clubId: z.uuid("Unknown club"), commentId: z.uuid("Unknown comment") });
export const commentsPageInput = pageInput.extend({ clubId: z.uuid("Unknown club"), checkinId: z.uuid("Unknown check-in") });
