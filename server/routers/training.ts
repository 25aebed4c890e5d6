import { deleteSession } from "@/server/domain/training/delete-session";
import { getLoadSignals } from "@/server/domain/training/get-load-signals";
import { getSession } from "@/server/domain/training/get-session";
import { getStreak } from "@/server/domain/training/get-streak";
import { getWeeklyVolume } from "@/server/domain/training/get-weekly-volume";
import { importTrack } from "@/server/domain/training/import-track";
import { listRaces } from "@/server/domain/training/list-races";
import { listSessions } from "@/server/domain/training/list-sessions";
import { logRace } from "@/server/domain/training/log-race";
import { logSession } from "@/server/domain/training/log-session";
import { listMyCoaches } from "@/server/domain/training/my-coaches";
import { updateSession } from "@/server/domain/training/update-session";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { createTRPCRouter, protectedCreateProcedure, protectedProcedure } from "@/server/trpc";
import { importTrackInput, raceInput, sessionIdInput, sessionInput, updateSessionInput } from "@/contract/training";
import { pageInput } from "@/contract/paging";
import { sessionListInput } from "@/contract/imports";

export const trainingRouter = createTRPCRouter({
  list: protectedProcedure.input(sessionListInput).query(({ ctx, input }) => listSessions(ctx.db, ctx.user.id, input)),
  get: protectedProcedure.input(sessionIdInput).query(({ ctx, input }) => getSession(ctx.db, { userId: ctx.user.id, sessionId: input.id })),
  log: protectedCreateProcedure.input(sessionInput).mutation(({ ctx, input }) => logSession(ctx.db, ctx.user.id, input)),
  update: protectedProcedure
    .input(updateSessionInput)
    .mutation(({ ctx, input: { id, ...rest } }) => updateSession(ctx.db, { userId: ctx.user.id, sessionId: id, input: rest })),
  delete: protectedProcedure
    .input(sessionIdInput)
    .mutation(({ ctx, input }) => deleteSession(ctx.db, { userId: ctx.user.id, sessionId: input.id })),
  importTrack: protectedCreateProcedure.input(importTrackInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimit(ctx.db, `track-import:${ctx.user.id}`, { limit: 30, windowSeconds: 3600 }, "file imports");
    return importTrack(ctx.db, ctx.user.id, input);
  }),
  weekly: protectedProcedure.query(({ ctx }) => getWeeklyVolume(ctx.db, ctx.user.id)),
  streak: protectedProcedure.query(({ ctx }) => getStreak(ctx.db, ctx.user.id)),
  /** Load ratio and recent stability from the log, for readiness. */
  signals: protectedProcedure.query(({ ctx }) => getLoadSignals(ctx.db, ctx.user.id)),
  logRace: protectedCreateProcedure.input(raceInput).mutation(({ ctx, input }) => logRace(ctx.db, ctx.user.id, input)),
  /** Who a race would tell: the coaches of the caller's clubs, shown on the race form before saving. */
  myCoaches: protectedProcedure.query(({ ctx }) => listMyCoaches(ctx.db, ctx.user.id)),
  races: protectedProcedure.input(pageInput).query(({ ctx, input }) => listRaces(ctx.db, ctx.user.id, input)),
});
