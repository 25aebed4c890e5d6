"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "../_trpc/client";

/** The header bell; polls gently so a new approval or cancellation shows up without a reload. */
export function NotificationBell() {
  const trpc = useTRPC();
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { refetchInterval: 60_000 }));
  const count = unread.data ?? 0;
  const shown = count > 99 ? "99+" : String(count);
  return (
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
  );
}
