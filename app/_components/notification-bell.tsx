"use client";
import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { LiveStatus } from "../_live/live-status";
import { useMineEvents, useMineStream } from "../_live/mine-stream";
import { useTRPC } from "../_trpc/client";
import { useUnreadCount } from "./unread-count";

/**
 * The header bell. Every signed-in page has it, so it also holds the page's personal live stream and the page's
 * "Reconnecting…" line: a new notification updates the count, and the list on /notifications, without a reload.
 */
export function NotificationBell() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { count, shown } = useUnreadCount();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  useMineStream();
  useMineEvents({ onEvent: (e) => (e.kind === "notification" ? refresh() : undefined), onResync: refresh });
  return (
    <>
      <Link
        href="/notifications"
        aria-label={count ? `Notifications, ${shown} unread` : "Notifications"}
        className="relative grid size-11 place-items-center rounded-lg text-stone-700 hover:bg-stone-100"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {count ? (
          <span aria-hidden="true" className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-ember-600 px-1 text-center text-xs font-bold leading-5 text-white">
            {shown}
          </span>
        ) : null}
      </Link>
      <LiveStatus />
    </>
  );
}
