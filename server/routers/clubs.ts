import { z } from "zod";
import { changeMemberRole } from "@/server/domain/clubs/change-member-role";
import { createClub } from "@/server/domain/clubs/create-club";
import { decideJoinRequest } from "@/server/domain/clubs/decide-join-request";
import { deleteClub } from "@/server/domain/clubs/delete-club";
import { discoverClubs } from "@/server/domain/clubs/discover-clubs";
import { getClubBySlug } from "@/server/domain/clubs/get-club";
import { joinClub } from "@/server/domain/clubs/join-club";
import { leaveClub } from "@/server/domain/clubs/leave-club";
import { listAuditLog } from "@/server/domain/clubs/list-audit-log";
import { listClubMembers } from "@/server/domain/clubs/list-members";
import { listMyClubs } from "@/server/domain/clubs/list-my-clubs";
import { removeMember } from "@/server/domain/clubs/remove-member";
import { transferOwnership } from "@/server/domain/clubs/transfer-ownership";
import { updateClub } from "@/server/domain/clubs/update-club";
import {
  clubCoachProcedure, clubMemberProcedure, clubOwnerProcedure, createTRPCRouter, protectedCreateProcedure, protectedProcedure, publicProcedure,
} from "@/server/trpc";
import { auditLogInput, clubIdInput, createClubInput, deleteClubInput, discoverClubsInput, updateClubInput } from "@/contract/clubs";
import { changeRoleInput, decideRequestInput, listMembersInput, memberTargetInput } from "@/contract/members";

export const clubsRouter = createTRPCRouter({
  /** Public clubs for anyone; private clubs only for their active or pending members (else NOT_FOUND). */
  bySlug: publicProcedure
    .input(z.object({ slug: z.string().trim().min(1).max(60) }))
    .query(({ ctx, input }) => getClubBySlug(ctx.db, { slug: input.slug, userId: ctx.user?.id ?? null })),
  /** The caller's active clubs: id, slug, name, role (and area, member count). */
  myClubs: protectedProcedure.query(({ ctx }) => listMyClubs(ctx.db, ctx.user.id, "active")),
  /** Clubs the caller asked to join and that haven't answered yet. */
  myRequests: protectedProcedure.query(({ ctx }) => listMyClubs(ctx.db, ctx.user.id, "pending")),
  discover: publicProcedure.input(discoverClubsInput).query(({ ctx, input }) => discoverClubs(ctx.db, ctx.user?.id ?? null, input)),

  create: protectedCreateProcedure.input(createClubInput).mutation(({ ctx, input }) => createClub(ctx.db, ctx.user.id, input)),
  update: clubOwnerProcedure.input(updateClubInput).mutation(({ ctx, input }) => {
    const { clubId: _id, ...fields } = input;
    return updateClub(ctx.db, ctx.club.id, fields);
  }),
  delete: clubOwnerProcedure
    .input(deleteClubInput)
    .mutation(({ ctx, input }) => deleteClub(ctx.db, { actorId: ctx.user.id, club: ctx.club, confirmName: input.confirmName })),

  join: protectedProcedure.input(clubIdInput).mutation(({ ctx, input }) => joinClub(ctx.db, { clubId: input.clubId, userId: ctx.user.id })),
  leave: protectedProcedure.input(clubIdInput).mutation(({ ctx, input }) => leaveClub(ctx.db, { clubId: input.clubId, userId: ctx.user.id })),

  /** The roster, for active members only. */
  members: clubMemberProcedure
    .input(listMembersInput)
    .query(({ ctx, input }) => listClubMembers(ctx.db, ctx.club.id, { status: "active", cursor: input.cursor, limit: input.limit })),
  pendingRequests: clubCoachProcedure
    .input(listMembersInput)
    .query(({ ctx, input }) => listClubMembers(ctx.db, ctx.club.id, { status: "pending", cursor: input.cursor, limit: input.limit })),
  decideRequest: clubCoachProcedure
    .input(decideRequestInput)
    .mutation(({ ctx, input }) =>
      decideJoinRequest(ctx.db, { actorId: ctx.user.id, club: ctx.club, targetUserId: input.userId, decision: input.decision })),
  changeRole: clubOwnerProcedure
    .input(changeRoleInput)
    .mutation(({ ctx, input }) =>
      changeMemberRole(ctx.db, { actorId: ctx.user.id, club: ctx.club, targetUserId: input.userId, role: input.role })),
  removeMember: clubOwnerProcedure
    .input(memberTargetInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, { actorId: ctx.user.id, club: ctx.club, targetUserId: input.userId })),
  transferOwnership: clubOwnerProcedure
    .input(memberTargetInput)
    .mutation(({ ctx, input }) => transferOwnership(ctx.db, { ownerId: ctx.user.id, club: ctx.club, targetUserId: input.userId })),
  auditLog: clubOwnerProcedure.input(auditLogInput).query(({ ctx, input }) => listAuditLog(ctx.db, ctx.club.id, input)),
});

