import { requireClubViewer } from "@/server/domain/clubs/club-access";
import { cancelGroupRun } from "@/server/domain/clubs/group-runs/cancel-group-run";
import { createGroupRun } from "@/server/domain/clubs/group-runs/create-group-run";
import { getGroupRun } from "@/server/domain/clubs/group-runs/get-group-run";
import { listGroupRuns } from "@/server/domain/clubs/group-runs/list-group-runs";
import { rsvpGroupRun } from "@/server/domain/clubs/group-runs/rsvp-group-run";
import { clubCoachCreateProcedure, clubCoachProcedure, clubMemberProcedure, createTRPCRouter, publicProcedure } from "@/server/trpc";
import { createGroupRunInput, listGroupRunsInput, rsvpInput, runTargetInput } from "./schemas/clubs";

export const groupRunsRouter = createTRPCRouter({
  /** Anyone who can see the club sees its schedule; a private club is "not found" to outsiders. */
  list: publicProcedure.input(listGroupRunsInput).query(async ({ ctx, input }) => {
    const access = await requireClubViewer(ctx.db, input.clubId, ctx.user?.id ?? null);
    return listGroupRuns(ctx.db, access.club.id, access.role ? ctx.user!.id : null, input);
  }),
  /** Who answered what is shown to members only. */
  byId: publicProcedure.input(runTargetInput).query(async ({ ctx, input }) => {
    const access = await requireClubViewer(ctx.db, input.clubId, ctx.user?.id ?? null);
    return getGroupRun(ctx.db, access.club.id, input.runId, access.role ? ctx.user!.id : null, access.role !== null);
  }),
  create: clubCoachCreateProcedure.input(createGroupRunInput).mutation(({ ctx, input }) => createGroupRun(ctx.db, ctx.user.id, ctx.club, input)),
  rsvp: clubMemberProcedure.input(rsvpInput).mutation(({ ctx, input }) => rsvpGroupRun(ctx.db, ctx.club.id, input.runId, ctx.user.id, input.status)),
  cancel: clubCoachProcedure.input(runTargetInput).mutation(({ ctx, input }) => cancelGroupRun(ctx.db, ctx.user.id, ctx.club, input.runId)),
});
