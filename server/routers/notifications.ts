import { countUnread } from "@/server/domain/notifications/count-unread";
import { listNotifications } from "@/server/domain/notifications/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "@/server/domain/notifications/mark-read";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc";
import { listNotificationsInput, notificationIdInput } from "@/contract/notifications";

export const notificationsRouter = createTRPCRouter({
  list: protectedProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => countUnread(ctx.db, ctx.user.id)),
  markRead: protectedProcedure
    .input(notificationIdInput)
    .mutation(({ ctx, input }) => markNotificationRead(ctx.db, { userId: ctx.user.id, notificationId: input.id })),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.user.id)),
});
