"use client";
import { useLiveState } from "./live-status-store";

/**
 * The page's one word on its live updates: "Reconnecting…" while a stream is down, announced politely; nothing
 * otherwise. data-live ("connecting", "up", "down" or "off") lets a test wait until the page is listening.
 */
export function LiveStatus() {
  const state = useLiveState();
  const down = state === "down";
  return (
    <p
      role="status"
      data-live={state}
      className={
        down
          ? "fixed left-1/2 top-[calc(env(safe-area-inset-top)+4.5rem)] z-40 -translate-x-1/2 rounded-full border border-amber-300 bg-amber-50 px-4 py-1.5 text-sm font-medium text-amber-950 shadow-md"
          : "sr-only"
      }
    >
      {down ? "Reconnecting…" : ""}
    </p>
  );
}
