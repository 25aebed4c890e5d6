import { getDashboard } from "@/server/domain/dashboard/get-dashboard";
import { clubCoachProcedure, createTRPCRouter } from "@/server/trpc";
import { dashboardInput } from "@/contract/dashboard";

export const dashboardRouter = createTRPCRouter({
  athletes: clubCoachProcedure.input(dashboardInput).query(({ ctx, input }) => getDashboard(ctx.db, ctx.club.id, input)),
});
