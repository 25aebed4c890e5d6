"use client";
import { useQuery } from "@tanstack/react-query";
import { useLiveState } from "../_live/live-status-store";
import { useTRPC } from "../_trpc/client";

/**
 * The signed-in person's unread notifications, shared by the header bell and the bottom bar (one query key, so one
 * request). The personal live stream refreshes it (see NotificationBell); it polls gently only while that is not up.
 */
export function useUnreadCount(): { count: number; shown: string } {
  const trpc = useTRPC();
  const live = useLiveState();
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { refetchInterval: live === "up" ? false : 60_000 }));
  const count = unread.data ?? 0;
  return { count, shown: count > 99 ? "99+" : String(count) };
}
