"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../_trpc/client";

/**
 * The signed-in person's unread notifications, shared by the header bell and the bottom bar (one query key, so one
 * request). Polls gently so a new approval or reaction shows up without a reload.
 */
export function useUnreadCount(): { count: number; shown: string } {
  const trpc = useTRPC();
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { refetchInterval: 60_000 }));
  const count = unread.data ?? 0;
  return { count, shown: count > 99 ? "99+" : String(count) };
}
