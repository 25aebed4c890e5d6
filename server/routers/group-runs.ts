import { cancelGroupRun } from "@/server/domain/clubs/group-runs/cancel-group-run";
import { createGroupRun } from "@/server/domain/clubs/group-runs/create-group-run";
import { getGroupRun } from "@/server/domain/clubs/group-runs/get-group-run";
import { listGroupRuns } from "@/server/domain/clubs/group-runs/list-group-runs";
import { rsvpGroupRun } from "@/server/domain/clubs/group-runs/rsvp-group-run";
import { clubCoachCreateProcedure, clubCoachProcedure, clubMemberProcedure, clubViewerProcedure, createTRPCRouter } from "@/server/trpc";
import { createGroupRunInput, listGroupRunsInput, rsvpInput, runTargetInput } from "@/contract/group-runs";

export const groupRunsRouter = createTRPCRouter({
  /** Anyone who can see the club sees its schedule; a private club is "not found" to outsiders. */
  list: clubViewerProcedure
    .input(listGroupRunsInput)
    .query(({ ctx, input }) => listGroupRuns(ctx.db, { clubId: ctx.club.id, userId: ctx.role ? ctx.user.id : null, input })),
  /** Who answered what is shown to members only. */
  byId: clubViewerProcedure
    .input(runTargetInput)
    .query(({ ctx, input }) =>
      getGroupRun(ctx.db, { clubId: ctx.club.id, runId: input.runId, userId: ctx.role ? ctx.user.id : null, showPeople: ctx.role !== null })),
  create: clubCoachCreateProcedure
    .input(createGroupRunInput)
    .mutation(({ ctx, input }) => createGroupRun(ctx.db, { actorId: ctx.user.id, club: ctx.club, input })),
  rsvp: clubMemberProcedure
    .input(rsvpInput)
    .mutation(({ ctx, input }) => rsvpGroupRun(ctx.db, { clubId: ctx.club.id, runId: input.runId, userId: ctx.user.id, status: input.status })),
  cancel: clubCoachProcedure
    .input(runTargetInput)
    .mutation(({ ctx, input }) => cancelGroupRun(ctx.db, { actorId: ctx.user.id, club: ctx.club, runId: input.runId })),
});
