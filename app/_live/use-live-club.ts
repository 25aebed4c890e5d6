"use client";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "@/app/_trpc/client";
import { type LiveHandlers, useStreamHealth } from "./use-stream-health";

export type { LiveHandlers };

/** The club's live stream (its members' posts, comments and reactions; for staff, their athletes' check-ins and days). */
export function useLiveClub(clubId: string, handlers: LiveHandlers) {
  const trpc = useTRPC();
  useSubscription(trpc.live.club.subscriptionOptions({ clubId }, useStreamHealth(handlers)));
}
