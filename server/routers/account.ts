import { signUp } from "@/server/domain/accounts/sign-up";
import { changePassword } from "@/server/domain/accounts/change-password";
import { getProfile, updateProfile } from "@/server/domain/accounts/profile";
import { revokeSessions } from "@/server/domain/accounts/sessions";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { env } from "@/server/env";
import { requestPasswordReset } from "@/server/domain/accounts/request-password-reset";
import { resetPassword } from "@/server/domain/accounts/reset-password";
import { resendVerification } from "@/server/domain/accounts/send-verification";
import { verifyEmailAddress } from "@/server/domain/accounts/verify-email";
import { confirmEmailChange, requestEmailChange } from "@/server/domain/accounts/change-email";
import { describeUnsubscribe, unsubscribeEmail } from "@/server/domain/accounts/unsubscribe-email";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "@/server/trpc";
import {
  changeEmailInput,
  changePasswordInput,
  emailLinkInput,
  forgotPasswordInput,
  profileInput,
  resetPasswordInput,
  signUpInput,
  unsubscribeInput,
} from "@/contract/account";

// Links from email are guessed at most this often from one network (a token has 256 random bits; this is for load).
const LINK_TRIES = { limit: 30, windowSeconds: 3600 };

export const accountRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `signup:${ctx.ip}`, { limit: env().SIGNUP_LIMIT_PER_HOUR, windowSeconds: 3600 }, "sign-ups from this network");
    return signUp(ctx.db, input);
  }),
  me: protectedProcedure.query(({ ctx }) => getProfile(ctx.db, ctx.user.id)),
  updateProfile: protectedProcedure.input(profileInput).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user.id, input)),
  // Limited per account: a stolen cookie must not become a way to guess the current password.
  changePassword: protectedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `password-change:${ctx.user.id}`, { limit: 10, windowSeconds: 3600 }, "password attempts");
    return changePassword(ctx.db, ctx.user.id, input);
  }),
  // Email links (server/domain/accounts/account-tokens.ts): every answer is the same whether the address has an account.
  requestPasswordReset: publicProcedure.input(forgotPasswordInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `password-reset:${ctx.ip}`, { limit: 10, windowSeconds: 3600 }, "reset requests from this network");
    return requestPasswordReset(ctx.db, input);
  }),
  resetPassword: publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `email-link:${ctx.ip}`, LINK_TRIES, "tries with email links");
    return resetPassword(ctx.db, input);
  }),
  verifyEmail: publicProcedure.input(emailLinkInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `email-link:${ctx.ip}`, LINK_TRIES, "tries with email links");
    return verifyEmailAddress(ctx.db, input);
  }),
  resendVerification: protectedProcedure.mutation(async ({ ctx }) => {
    await enforceRateLimit(ctx.db, `verify-resend:${ctx.user.id}`, { limit: 5, windowSeconds: 3600 }, "verification emails");
    return resendVerification(ctx.db, { userId: ctx.user.id });
  }),
  requestEmailChange: protectedProcedure.input(changeEmailInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `password-change:${ctx.user.id}`, { limit: 10, windowSeconds: 3600 }, "password attempts");
    return requestEmailChange(ctx.db, ctx.user.id, input);
  }),
  confirmEmailChange: publicProcedure.input(emailLinkInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `email-link:${ctx.ip}`, LINK_TRIES, "tries with email links");
    return confirmEmailChange(ctx.db, input);
  }),
  // One-click unsubscribe (RFC 8058): no sign-in, the signed token says who and what.
  unsubscribeInfo: publicProcedure.input(unsubscribeInput).query(({ input }) => describeUnsubscribe(input.token)),
  unsubscribe: publicProcedure.input(unsubscribeInput).mutation(({ ctx, input }) => unsubscribeEmail(ctx.db, input.token)),
  signOutEverywhere: protectedProcedure.mutation(async ({ ctx }) => {
    await revokeSessions(ctx.db, { userId: ctx.user.id });
    return { signedOut: true as const };
  }),
});
