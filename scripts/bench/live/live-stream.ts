// One Node client of a tRPC live stream (httpSubscriptionLink's protocol: GET /api/trpc/<path>?input=…, answered with
// server-sent events), behaving as a browser tab does: the `eventsource` package reconnects by itself after a dropped
// connection and sends Last-Event-ID; when it gives up (a refused or failed reconnect closes it for good, as in a
// browser), the stream opens again with the last id in its input, as tRPC's client does. Loopback only.
import { EventSource } from "eventsource";
import superjson from "superjson";
import type { LiveEvent } from "@/contract/live";
import type { Session } from "../../load/http-client";

export type Arrival = { id: string; event: LiveEvent; at: number };

/**
 * `onRefetch`: the moments a page would re-read what it shows, which covers anything it missed before then: each
 * reconnection (contract/live.ts: after one, and when more was missed than the server replays, the page re-reads).
 */
export type StreamHandlers = { onEvent: (arrival: Arrival) => void; onRefetch?: (at: number) => void };

export type StreamCounters = {
  /** "connected" events from the server: the first, then one per reconnection. */
  connected: number;
  /** Times the stream reported it was down (the browser's "reconnecting…"). */
  reconnecting: number;
  /** Times the connection was closed for good and opened again by this client. */
  reopened: number;
  /** Errors the server sent inside the stream (tRPC's serialized-error event). */
  serverErrors: number;
  /** Times the server ended the stream on purpose (tRPC's return event, e.g. the member left the club). */
  ended: number;
};

const REOPEN_BACKOFF_MS = [250, 500, 1000, 2000, 4000];

export class LiveStream {
  readonly counters: StreamCounters = { connected: 0, reconnecting: 0, reopened: 0, serverErrors: 0, ended: 0 };
  lastEventId: string | null = null;
  /** Whether the stream is up now: connected and not reported down since. */
  up = false;
  private source: EventSource | null = null;
  private closed = false;
  private failures = 0;

  constructor(
    private readonly session: Session,
    readonly path: "live.club" | "live.mine",
    readonly input: Record<string, unknown>,
    private readonly handlers: StreamHandlers,
  ) {}

  private url(): string {
    const input = this.lastEventId ? { ...this.input, lastEventId: this.lastEventId } : this.input;
    return `${this.session.baseUrl}/api/trpc/${this.path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  }

  open(): void {
    this.closed = false;
    const cookie = this.session.cookieHeader();
    const source = new EventSource(this.url(), {
      fetch: (url, init) => fetch(url, { ...init, headers: { ...init.headers, cookie } }),
    });
    this.source = source;
    source.addEventListener("connected", () => {
      if (this.counters.connected++ > 0) this.handlers.onRefetch?.(performance.now());
      this.up = true;
      this.failures = 0;
    });
    source.addEventListener("message", (message: MessageEvent<string>) => {
      const at = performance.now();
      if (message.lastEventId) this.lastEventId = message.lastEventId;
      const event = superjson.deserialize<LiveEvent>(JSON.parse(message.data));
      this.handlers.onEvent({ id: message.lastEventId, event, at });
    });
    source.addEventListener("serialized-error", () => this.counters.serverErrors++);
    source.addEventListener("return", () => {
      this.counters.ended++;
      this.close();
    });
    source.addEventListener("error", () => {
      if (this.closed || source !== this.source) return;
      if (this.up) this.counters.reconnecting++;
      this.up = false;
      if (source.readyState === source.CLOSED) this.reopenLater();
    });
  }

  private reopenLater() {
    const delay = REOPEN_BACKOFF_MS[Math.min(this.failures++, REOPEN_BACKOFF_MS.length - 1)]!;
    setTimeout(() => {
      if (this.closed) return;
      this.counters.reopened++;
      this.open();
    }, delay);
  }

  /** Closes the stream as a tab that goes away; `open()` later resumes from the last event it saw. */
  close(): void {
    this.closed = true;
    this.up = false;
    this.source?.close();
    this.source = null;
  }
}
