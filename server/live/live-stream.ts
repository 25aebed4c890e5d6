import { tracked, TRPCError, type TrackedEnvelope } from "@trpc/server";
import type { LiveEvent } from "@/contract/live";
import type { Replay } from "@/server/domain/live/replay-live-events";
import { toLiveEvent, type StoredLiveEvent } from "@/server/domain/live/stored-live-event";
import { isConnectionError } from "@/server/trpc";
import type { LiveHub } from "./hub";

/** How long a new stream waits for the hub to be listening before it gives up (the browser then retries). */
const READY_WAIT_MS = 3_000;

/**
 * The hub is down: the stream ends with this, which httpSubscriptionLink treats as retryable, so the browser shows
 * "reconnecting…" and its EventSource reconnects and resumes from its last event id.
 */
function liveDown(): TRPCError {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "Live updates are reconnecting." });
}

export type LiveStreamSpec = {
  hub: LiveHub;
  /** The browser's last event id, when it reconnects. */
  lastEventId: string | null | undefined;
  /** Cheap first cut, at delivery (another club's or user's events never queue here). */
  concerns: (e: StoredLiveEvent) => boolean;
  /** The audience rule, applied in order as events are sent (so a role change applies from that event on). */
  receives: (e: StoredLiveEvent) => boolean;
  /** The stored events after the last id the caller may get; must apply the same rule as `receives`. */
  replay: (after: string) => Promise<Replay>;
  /** Runs before an event is considered; "end" finishes the stream (e.g. the caller left the club). */
  inspect?: (e: StoredLiveEvent) => Promise<"continue" | "end">;
};

type Item = TrackedEnvelope<LiveEvent>;

/** The stream's inbox: subscribed to the hub as soon as the stream is opened, before anything is awaited. */
function openInbox(spec: LiveStreamSpec) {
  const inbox = { queue: [] as StoredLiveEvent[], down: false, wake: null as (() => void) | null, unsubscribe: () => {} };
  inbox.unsubscribe = spec.hub.subscribe({
    onEvent: (e) => {
      if (!spec.concerns(e)) return;
      inbox.queue.push(e);
      inbox.wake?.();
    },
    onDown: () => {
      inbox.down = true;
      inbox.wake?.();
    },
  });
  return inbox;
}
type Inbox = ReturnType<typeof openInbox>;

/**
 * The events one stream sends: its inbox is subscribed to the hub BEFORE the replay query, and replayed ids are not
 * sent twice, so nothing falls in the gap between the two; then live events until the caller goes, the inspector
 * ends it, or the hub goes down (SERVICE_UNAVAILABLE).
 */
async function* liveEvents(spec: LiveStreamSpec, inbox: Inbox, signal: AbortSignal): AsyncGenerator<Item, void> {
  const onAbort = () => inbox.wake?.();
  signal.addEventListener("abort", onAbort);
  try {
    if (!(await spec.hub.ready(READY_WAIT_MS))) throw liveDown();
    const replayed = new Set<string>();
    if (spec.lastEventId) {
      // Truncated: nothing replayed, and the browser re-reads its page as after any reconnect.
      const { events } = await spec.replay(spec.lastEventId);
      for (const e of events) {
        replayed.add(e.id);
        if (spec.inspect && (await spec.inspect(e)) === "end") return;
        yield tracked(e.id, toLiveEvent(e));
      }
    }
    while (!signal.aborted) {
      const e = inbox.queue.shift();
      if (!e) {
        if (inbox.down) throw liveDown();
        await new Promise<void>((resolve) => {
          inbox.wake = resolve;
        });
        inbox.wake = null;
        continue;
      }
      if (replayed.has(e.id)) continue;
      if (spec.inspect && (await spec.inspect(e)) === "end") return;
      if (spec.receives(e)) yield tracked(e.id, toLiveEvent(e));
    }
  } catch (err) {
    // The replay or an access check met a lost database before the hub noticed: "reconnecting", not a failure.
    if (!(err instanceof TRPCError) && isConnectionError(err)) throw liveDown();
    throw err;
  } finally {
    signal.removeEventListener("abort", onAbort);
    inbox.unsubscribe();
  }
}

/**
 * The stream as tRPC's subscription output. Its return() wakes a stream waiting for events first, so closing it
 * (the browser going, or a test) never waits for the next event to arrive.
 */
export function liveStream(spec: LiveStreamSpec, outer?: AbortSignal): AsyncIterable<Item> {
  return {
    [Symbol.asyncIterator]() {
      const controller = new AbortController();
      const stopOnOuterAbort = () => controller.abort();
      outer?.addEventListener("abort", stopOnOuterAbort, { once: true });
      const inbox = openInbox(spec);
      const generator = liveEvents(spec, inbox, controller.signal);
      const stop = () => {
        controller.abort();
        inbox.unsubscribe(); // also when the generator never started
        outer?.removeEventListener("abort", stopOnOuterAbort);
      };
      return {
        next: () => generator.next(),
        return: (value?: unknown) => {
          stop();
          return generator.return(value as void);
        },
        throw: (err?: unknown) => {
          stop();
          return generator.throw(err);
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
  };
}
