"use client";
import { skipToken } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/app/_trpc/client";
import { usePageVisible } from "./use-page-visible";
import { type LiveHandlers, useStreamHealth } from "./use-stream-health";

export type { LiveHandlers };

/** The club's live stream (its members' posts, comments and reactions; for staff, their athletes' check-ins and days). */
export function useLiveClub(clubId: string, handlers: LiveHandlers) {
  const trpc = useTRPC();
  const visible = usePageVisible();
  useSubscription(trpc.live.club.subscriptionOptions(visible ? { clubId } : skipToken, useStreamHealth(handlers, visible)));
}
