// A browser's own EventSource retries a dropped stream by itself every ~3 s, for ever and all at once: after a
// PostgreSQL restart every open page would come back in the same second, and keep coming. This one hands every drop
// to tRPC's retryLink instead (app/_trpc/provider.tsx), which resumes from the last event id, with backoff and jitter.

/** A connection that stayed up this long was healthy: its drop starts the backoff over. */
const STEADY_MS = 10_000;
let failures = 0;
let openedAt = 0;

/** The wait before the next attempt: about 0.5, 1, 2, 4, 8, then 15 s, each randomised by up to half. */
export function liveRetryDelayMs(): number {
  const base = Math.min(15_000, 500 * 2 ** Math.max(0, failures - 1));
  return base / 2 + (Math.random() * base) / 2;
}

function define(Base: typeof EventSource) {
  return class LiveEventSource extends Base {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      // Registered before tRPC's listeners, so it runs first.
      this.addEventListener("open", () => (openedAt = Date.now()));
      this.addEventListener("error", (event) => {
        if (!event.isTrusted) return; // the one dispatched below
        if (openedAt && Date.now() - openedAt > STEADY_MS) failures = 0;
        failures++;
        openedAt = 0;
        // Failed for good (an HTTP error): tRPC's listener errors the stream itself.
        if (this.readyState === this.CLOSED) return;
        // tRPC's listener sees it reconnecting first (the page says so); then it is closed, and told, so its stream
        // errors and retryLink reconnects after the backoff rather than the browser after its fixed delay.
        setTimeout(() => {
          this.close();
          this.dispatchEvent(new Event("error"));
        }, 0);
      });
    }
  };
}

/** Undefined on the server, which never opens a stream. */
export const LiveEventSource = typeof EventSource === "undefined" ? undefined : define(EventSource);
