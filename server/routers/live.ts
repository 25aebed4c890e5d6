import { liveClubInput, liveMineInput } from "@/contract/live";
import { isStaffRole, watcherRoleNow } from "@/server/domain/live/club-watcher";
import { clubStreamReceives, isOwnMembershipChange, userStreamReceives, type ClubWatcher } from "@/server/domain/live/may-receive";
import { replayClubEvents, replayUserEvents } from "@/server/domain/live/replay-live-events";
import { liveHubFor } from "@/server/live/hub";
import { liveStream } from "@/server/live/live-stream";
import { clubMemberProcedure, createTRPCRouter, protectedProcedure } from "@/server/trpc";

/** Live updates over server-sent events (httpSubscriptionLink); see contract/live.ts for what each stream sends. */
export const liveRouter = createTRPCRouter({
  /** A club's events for an active member: club-wide ones, plus staff ones for its staff or about the caller. */
  club: clubMemberProcedure.input(liveClubInput).subscription(({ ctx, input, signal }) => {
    const watcher: ClubWatcher = { userId: ctx.user.id, clubId: ctx.club.id, staff: isStaffRole(ctx.role) };
    return liveStream(
      {
        hub: liveHubFor(ctx.db),
        lastEventId: input.lastEventId,
        concerns: (e) => e.clubId === watcher.clubId,
        receives: (e) => clubStreamReceives(watcher, e),
        replay: (after) => replayClubEvents(ctx.db, watcher, after),
        inspect: async (e) => {
          if (!isOwnMembershipChange(watcher, e)) return "continue";
          const role = await watcherRoleNow(ctx.db, watcher);
          if (!role) return "end";
          watcher.staff = isStaffRole(role);
          return "continue";
        },
      },
      signal,
    );
  }),

  /** The caller's own events (notifications, their block changed, their memberships). */
  mine: protectedProcedure.input(liveMineInput).subscription(({ ctx, input, signal }) => {
    const userId = ctx.user.id;
    return liveStream(
      {
        hub: liveHubFor(ctx.db),
        lastEventId: input?.lastEventId,
        concerns: (e) => userStreamReceives(userId, e),
        receives: (e) => userStreamReceives(userId, e),
        replay: (after) => replayUserEvents(ctx.db, userId, after),
      },
      signal,
    );
  }),
});
