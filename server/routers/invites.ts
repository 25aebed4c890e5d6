import { acceptInvite } from "@/server/domain/clubs/accept-invite";
import { createInvite } from "@/server/domain/clubs/create-invite";
import { listInvites } from "@/server/domain/clubs/list-invites";
import { previewInvite } from "@/server/domain/clubs/preview-invite";
import { revokeInvite } from "@/server/domain/clubs/revoke-invite";
import { clubCoachCreateProcedure, clubCoachProcedure, createTRPCRouter, protectedProcedure, publicProcedure } from "@/server/trpc";
import { createInviteInput, listInvitesInput, inviteTargetInput, inviteTokenInput } from "@/contract/invites";

export const invitesRouter = createTRPCRouter({
  /** Returns the secret link once; only its hash is stored. */
  create: clubCoachCreateProcedure
    .input(createInviteInput)
    .mutation(({ ctx, input }) => createInvite(ctx.db, { actorId: ctx.user.id, clubId: ctx.club.id, input })),
  list: clubCoachProcedure.input(listInvitesInput).query(({ ctx, input }) => listInvites(ctx.db, ctx.club.id, input)),
  revoke: clubCoachProcedure
    .input(inviteTargetInput)
    .mutation(({ ctx, input }) => revokeInvite(ctx.db, { clubId: ctx.club.id, inviteId: input.inviteId })),
  /** What a link leads to; open to signed-out visitors so they can sign in and come back. */
  preview: publicProcedure
    .input(inviteTokenInput)
    .query(({ ctx, input }) => previewInvite(ctx.db, { token: input.token, userId: ctx.user?.id ?? null })),
  accept: protectedProcedure
    .input(inviteTokenInput)
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, { token: input.token, userId: ctx.user.id })),
});
