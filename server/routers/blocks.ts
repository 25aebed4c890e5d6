import { assignBlock } from "@/server/domain/blocks/assign-block";
import { getPhaseTimeline, getToday, listMyBlocks, markDay } from "@/server/domain/blocks/athlete-blocks";
import { getOwnSuggestions } from "@/server/domain/blocks/own-suggestions";
import { startOwnBlock } from "@/server/domain/blocks/start-own-block";
import { listAssignable } from "@/server/domain/blocks/list-assignable";
import { extendBlock, getClubBlock, stopBlock, updateBlockDay } from "@/server/domain/blocks/manage-block";
import { buildCalendarFeed } from "@/server/domain/calendar/build-calendar-feed";
import { getCalendarStatus, revokeCalendarToken, rotateCalendarToken } from "@/server/domain/calendar/calendar-tokens";
import { clubCoachCreateProcedure, clubCoachProcedure, createTRPCRouter, protectedCreateProcedure, protectedProcedure, publicProcedure } from "@/server/trpc";
import { assignableInput, assignBlockInput, blockHistoryInput, clubBlockInput, extendBlockInput, markDayInput, startOwnBlockInput, stopBlockInput, updateBlockDayInput } from "@/contract/blocks";
import { calendarFeedInput } from "@/contract/calendar";
import { env } from "@/server/env";

export const blocksRouter = createTRPCRouter({
  // Coaches of the block's club
  assign: clubCoachCreateProcedure
    .input(assignBlockInput)
    .mutation(({ ctx, input: { clubId: _clubId, ...rest } }) => assignBlock(ctx.db, ctx.club, ctx.user.id, rest)),
  assignable: clubCoachProcedure.input(assignableInput).query(({ ctx, input }) => listAssignable(ctx.db, ctx.club.id, input)),
  byId: clubCoachProcedure.input(clubBlockInput).query(({ ctx, input }) => getClubBlock(ctx.db, { clubId: ctx.club.id, blockId: input.blockId })),
  updateDay: clubCoachProcedure
    .input(updateBlockDayInput)
    .mutation(({ ctx, input: { clubId: _clubId, dayId, ...day } }) => updateBlockDay(ctx.db, { clubId: ctx.club.id, dayId, day })),
  extend: clubCoachProcedure
    .input(extendBlockInput)
    .mutation(({ ctx, input }) =>
      extendBlock(ctx.db, { clubId: ctx.club.id, blockId: input.blockId, extraDays: input.days, coachId: ctx.user.id, message: input.message }),
    ),
  endEarly: clubCoachProcedure
    .input(stopBlockInput)
    .mutation(({ ctx, input }) =>
      stopBlock(ctx.db, { clubId: ctx.club.id, actorId: ctx.user.id, blockId: input.blockId, how: "ended_early", message: input.message }),
    ),
  cancel: clubCoachProcedure
    .input(stopBlockInput)
    .mutation(({ ctx, input }) =>
      stopBlock(ctx.db, { clubId: ctx.club.id, actorId: ctx.user.id, blockId: input.blockId, how: "cancelled", message: input.message }),
    ),

  // The athlete, on their own blocks only
  startOwn: protectedCreateProcedure.input(startOwnBlockInput).mutation(({ ctx, input }) => startOwnBlock(ctx.db, ctx.user.id, input)),
  suggestions: protectedProcedure.query(({ ctx }) => getOwnSuggestions(ctx.db, ctx.user.id)),
  today: protectedProcedure.query(({ ctx }) => getToday(ctx.db, ctx.user.id)),
  markDay: protectedProcedure.input(markDayInput).mutation(({ ctx, input }) => markDay(ctx.db, ctx.user.id, input)),
  history: protectedProcedure.input(blockHistoryInput).query(({ ctx, input }) => listMyBlocks(ctx.db, ctx.user.id, input)),
  phases: protectedProcedure.query(({ ctx }) => getPhaseTimeline(ctx.db, ctx.user.id)),
  calendarStatus: protectedProcedure.query(({ ctx }) => getCalendarStatus(ctx.db, ctx.user.id)),
  rotateCalendar: protectedProcedure.mutation(({ ctx }) => rotateCalendarToken(ctx.db, ctx.user.id)),
  revokeCalendar: protectedProcedure.mutation(({ ctx }) => revokeCalendarToken(ctx.db, ctx.user.id)),
  // The secret token is the only credential a calendar app can send.
  calendarFeed: publicProcedure.input(calendarFeedInput).query(({ ctx, input }) => buildCalendarFeed(ctx.db, { token: input.token, appUrl: env().APP_URL })),
});
