import { createCallerFactory, createTRPCRouter } from "@/server/trpc";
import { accountRouter } from "./account";
import { blocksRouter } from "./blocks";
import { checkinsRouter } from "./checkins";
import { clubsRouter } from "./clubs";
import { dashboardRouter } from "./dashboard";
import { dataRouter } from "./data";
import { feedRouter } from "./feed";
import { goalsRouter } from "./goals";
import { groupRunsRouter } from "./group-runs";
import { importsRouter } from "./imports";
import { invitesRouter } from "./invites";
import { liveRouter } from "./live";
import { notificationsRouter } from "./notifications";
import { preferencesRouter } from "./preferences";
import { pushRouter } from "./push";
import { templatesRouter } from "./templates";
import { threadsRouter } from "./threads";
import { trainingRouter } from "./training";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  // Run clubs
  clubs: clubsRouter,
  invites: invitesRouter,
  groupRuns: groupRunsRouter,
  notifications: notificationsRouter,
  // Live updates (server-sent events)
  live: liveRouter,
  preferences: preferencesRouter,
  push: pushRouter,
  // Check-ins and the club feed
  checkins: checkinsRouter,
  feed: feedRouter,
  threads: threadsRouter,
  // Recovery blocks
  templates: templatesRouter,
  blocks: blocksRouter,
  dashboard: dashboardRouter,
  // Training log, goals, your data
  training: trainingRouter,
  imports: importsRouter,
  goals: goalsRouter,
  data: dataRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
