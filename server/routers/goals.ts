import { createGoal } from "@/server/domain/goals/create-goal";
import { deleteGoal } from "@/server/domain/goals/delete-goal";
import { listMyGoals } from "@/server/domain/goals/list-my-goals";
import { listSharedGoals } from "@/server/domain/goals/list-shared-goals";
import { updateGoal } from "@/server/domain/goals/update-goal";
import { clubCoachProcedure, createTRPCRouter, protectedCreateProcedure, protectedProcedure } from "@/server/trpc";
import { goalIdInput, goalInput, sharedGoalsInput, updateGoalInput } from "@/contract/goals";

export const goalsRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) => listMyGoals(ctx.db, ctx.user.id)),
  create: protectedCreateProcedure.input(goalInput).mutation(({ ctx, input }) => createGoal(ctx.db, ctx.user.id, input)),
  update: protectedProcedure
    .input(updateGoalInput)
    .mutation(({ ctx, input: { id, ...rest } }) => updateGoal(ctx.db, { userId: ctx.user.id, goalId: id, input: rest })),
  delete: protectedProcedure.input(goalIdInput).mutation(({ ctx, input }) => deleteGoal(ctx.db, { userId: ctx.user.id, goalId: input.id })),
  /** For a club's coaches: the goals one of its athletes chose to share with coaches. */
  sharedByAthlete: clubCoachProcedure
    .input(sharedGoalsInput)
    .query(({ ctx, input }) => listSharedGoals(ctx.db, { clubId: ctx.club.id, athleteId: input.athleteId })),
});
