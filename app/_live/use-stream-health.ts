"use client";
import { useEffect, useRef, useState } from "react";
import type { LiveEvent } from "@/contract/live";
import { reportStream } from "./live-status-store";

export type LiveHandlers = {
  /** An event: ids and kinds only. Re-read what it names through the page's own queries. */
  onEvent: (event: LiveEvent) => void;
  /** Back after a drop: re-read everything the page shows. */
  onResync: () => void;
};

/** A first connection that takes longer than this counts as down, so the page says so. */
const FIRST_CONNECT_MS = 5_000;

type ConnectionState = { state: "idle" | "connecting" | "pending" };

/**
 * The callbacks to hand one stream's subscriptionOptions: they pass its events on, track it for the page's status
 * line, and call onResync when it is back after a drop, so the page re-reads what it shows and nothing that happened
 * while it was away is lost, even if the server could not replay it. `active` is false while the tab is in the
 * background: its stream is closed then (over HTTP/1.1 a browser has six connections per server for all its tabs, and
 * a hidden tab needs none), and the page re-reads once it is back in front and connected.
 */
export function useStreamHealth(handlers: LiveHandlers, active: boolean) {
  const [stream] = useState(() => Symbol("live stream"));
  const started = useRef(false);
  const wasDown = useRef(false);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!active) return;
    reportStream(stream, "connecting");
    const slow = setTimeout(() => {
      if (started.current) return;
      wasDown.current = true;
      reportStream(stream, "down");
    }, FIRST_CONNECT_MS);
    return () => {
      clearTimeout(slow);
      reportStream(stream, null);
      // Closed while it was up (the tab went to the background): whatever comes next starts with a re-read.
      if (started.current) wasDown.current = true;
      started.current = false;
    };
  }, [stream, active]);

  return {
    onData(tracked: { data: LiveEvent }) {
      latest.current.onEvent(tracked.data);
    },
    onStarted() {
      if (wasDown.current) latest.current.onResync();
      started.current = true;
      wasDown.current = false;
      reportStream(stream, "up");
    },
    onConnectionStateChange({ state }: ConnectionState) {
      if (state === "connecting" && started.current) {
        wasDown.current = true;
        reportStream(stream, "down");
      }
      // The server ended the stream (say, the member left the club): nothing to wait for.
      if (state === "idle") reportStream(stream, null);
    },
    // Refused for good (signed out, not a member): not a connection problem, so no "Reconnecting…".
    onError() {
      reportStream(stream, null);
    },
  };
}
