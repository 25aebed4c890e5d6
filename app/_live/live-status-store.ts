"use client";
import { useSyncExternalStore } from "react";

/**
 * How the page's live streams are doing, one entry per open stream: "connecting" before the first connection,
 * "up", or "down" after it dropped (until it is back). Read through useLiveState by the one status line on the page.
 */
export type StreamState = "connecting" | "up" | "down";
export type LiveState = StreamState | "off";

const streams = new Map<symbol, StreamState>();
const listeners = new Set<() => void>();
let snapshot: LiveState = "off";

function recompute() {
  const states = [...streams.values()];
  const next: LiveState = states.includes("down") ? "down" : states.includes("connecting") ? "connecting" : states.length ? "up" : "off";
  if (next === snapshot) return;
  snapshot = next;
  for (const listener of listeners) listener();
}

export function reportStream(stream: symbol, state: StreamState | null) {
  if (state) streams.set(stream, state);
  else streams.delete(stream);
  recompute();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** "down" while any stream is away, "up" once every open stream is connected, "off" with none open. */
export function useLiveState(): LiveState {
  return useSyncExternalStore(subscribe, () => snapshot, () => "off");
}
