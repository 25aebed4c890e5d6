import { deleteCheckin } from "@/server/domain/checkins/delete-checkin";
import { getCheckinForm } from "@/server/domain/checkins/get-checkin-form";
import { getHistory } from "@/server/domain/checkins/get-history";
import { getTodayCheckin } from "@/server/domain/checkins/get-today-checkin";
import { getVisibleCheckin, listVisibleCheckins } from "@/server/domain/checkins/get-visible-checkin";
import { listMyCheckins } from "@/server/domain/checkins/list-my-checkins";
import { saveCheckin } from "@/server/domain/checkins/save-checkin";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { createTRPCRouter, protectedCreateProcedure, protectedProcedure } from "@/server/trpc";
import { z } from "zod";
import { checkinDateInput, checkinIdInput, checkinInput } from "@/contract/checkins";
import { pageInput } from "@/contract/paging";

export const checkinsRouter = createTRPCRouter({
  /** Creates the day's check-in, or edits it when the day already has one; a resend with the same key (a check-in
   * queued offline, sent from two tabs) gets the first answer and writes nothing. */
  save: protectedCreateProcedure.input(checkinInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `checkin:${ctx.user.id}`, { limit: 30, windowSeconds: 600 }, "check-ins");
    return saveCheckin(ctx.db, ctx.user.id, input);
  }),
  form: protectedProcedure.input(checkinDateInput).query(({ ctx, input }) => getCheckinForm(ctx.db, ctx.user.id, input.date)),
  today: protectedProcedure.query(({ ctx }) => getTodayCheckin(ctx.db, ctx.user.id)),
  mine: protectedProcedure.input(pageInput).query(({ ctx, input }) => listMyCheckins(ctx.db, ctx.user.id, input)),
  history: protectedProcedure.query(({ ctx }) => getHistory(ctx.db, ctx.user.id)),
  byId: protectedProcedure
    .input(checkinIdInput)
    .query(({ ctx, input }) => getVisibleCheckin(ctx.db, { viewerId: ctx.user.id, checkinId: input.id })),
  /** Another runner's check-ins, as far as the caller may see them (coaches looking at an athlete). */
  ofAthlete: protectedProcedure
    .input(pageInput.extend({ userId: z.uuid("Unknown runner") }))
    .query(({ ctx, input }) => listVisibleCheckins(ctx.db, { viewerId: ctx.user.id, athleteId: input.userId, page: input })),
  delete: protectedProcedure
    .input(checkinIdInput)
    .mutation(({ ctx, input }) => deleteCheckin(ctx.db, { userId: ctx.user.id, checkinId: input.id })),
});
