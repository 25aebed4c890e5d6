import { signUp } from "@/server/domain/accounts/sign-up";
import { getProfile, updateProfile } from "@/server/domain/accounts/profile";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "@/server/trpc";
import { profileInput, signUpInput } from "@/contract/account";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `signup:${ctx.ip}`, { limit: 20, windowSeconds: 3600 }, "sign-ups from this network");
    return signUp(ctx.db, input);
  }),
  me: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.user.id)),
  updateProfile: protectedProcedure.input(profileInput).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),
});
