import { getPreferences } from "@/server/domain/delivery/get-preferences";
import { updatePreferences } from "@/server/domain/delivery/update-preferences";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc";
import { preferencesInput } from "@/contract/preferences";

export const preferencesRouter = createTRPCRouter({
  get: protectedProcedure.query(({ ctx }) => getPreferences(ctx.db, ctx.user.id)),
  update: protectedProcedure.input(preferencesInput).mutation(({ ctx, input }) => updatePreferences(ctx.db, ctx.user.id, input)),
});
