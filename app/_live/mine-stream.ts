"use client";
import { skipToken } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { usePageVisible } from "./use-page-visible";
import { type LiveHandlers, useStreamHealth } from "./use-stream-health";

// One personal stream per page (a browser has few connections per server to spare), opened by the header's bell,
// which every signed-in page has; anything else on the page listens to it through useMineEvents.
const listeners = new Set<{ current: LiveHandlers }>();

const toListeners: LiveHandlers = {
  onEvent: (event) => listeners.forEach((l) => l.current.onEvent(event)),
  onResync: () => listeners.forEach((l) => l.current.onResync()),
};

/** Opens the signed-in person's stream (notifications, their blocks and days). Mount it once per page. */
export function useMineStream() {
  const trpc = useTRPC();
  const visible = usePageVisible();
  useSubscription(trpc.live.mine.subscriptionOptions(visible ? undefined : skipToken, useStreamHealth(toListeners, visible)));
}

/** Hears the personal stream's events while mounted. */
export function useMineEvents(handlers: LiveHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    listeners.add(latest);
    return () => void listeners.delete(latest);
  }, []);
}
