import { signUp } from "@/server/domain/accounts/sign-up";
import { changePassword } from "@/server/domain/accounts/change-password";
import { getProfile, updateProfile } from "@/server/domain/accounts/profile";
import { revokeSessions } from "@/server/domain/accounts/sessions";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "@/server/trpc";
import { changePasswordInput, profileInput, signUpInput } from "@/contract/account";

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `signup:${ctx.ip}`, { limit: 20, windowSeconds: 3600 }, "sign-ups from this network");
    return signUp(ctx.db, input);
  }),
  me: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.user.id)),
  updateProfile: protectedProcedure.input(profileInput).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),
  // Limited per account: a stolen cookie must not become a way to guess the current password.
  changePassword: protectedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `password-change:${ctx.user.id}`, { limit: 10, windowSeconds: 3600 }, "password attempts");
    return changePassword(ctx.db, ctx.user.id, input);
  }),
  signOutEverywhere: protectedProcedure.mutation(async ({ ctx }) => {
    await revokeSessions(ctx.db, { userId: ctx.user.id });
    return { signedOut: true as const };
  }),
});
