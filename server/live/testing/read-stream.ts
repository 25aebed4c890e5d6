import type { LiveEvent } from "@/contract/live";

export type Received = LiveEvent & { id: string };

/**
 * Tests: reads a live subscription (what the server-side caller returns) with short timeouts. One next() stays
 * outstanding between reads, and close() returns the iterator, which wakes it, so no test hangs on a quiet stream.
 */
export function readStream(iterable: AsyncIterable<unknown>) {
  const it = iterable[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  // Started at once, as an HTTP stream would be, so events published from here on are waiting for the first read.
  let pending: Promise<IteratorResult<unknown>> | null = it.next();
  let ended = false;

  async function next(ms: number): Promise<Received | "timeout" | "ended"> {
    if (ended) return "ended";
    pending ??= it.next();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), ms);
    });
    const result = await Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
    if (result === "timeout") return result;
    pending = null;
    if (result.done) {
      ended = true;
      return "ended";
    }
    const [id, data] = result.value as [string, LiveEvent];
    return { id, ...data };
  }

  return {
    next,
    /** Events until one matches (returned last), or throws after `ms`. */
    async until(match: (e: Received) => boolean, ms = 3_000): Promise<Received[]> {
      const seen: Received[] = [];
      const deadline = Date.now() + ms;
      for (;;) {
        const left = deadline - Date.now();
        const e = left > 0 ? await next(left) : "timeout";
        if (e === "timeout" || e === "ended") throw new Error(`stream ${e} before the expected event; saw ${JSON.stringify(seen)}`);
        seen.push(e);
        if (match(e)) return seen;
      }
    },
    /** Whatever arrives within `ms` (stops early if the stream ends). */
    async drain(ms: number): Promise<Received[]> {
      const seen: Received[] = [];
      const deadline = Date.now() + ms;
      for (;;) {
        const left = deadline - Date.now();
        if (left <= 0) return seen;
        const e = await next(left);
        if (e === "timeout" || e === "ended") return seen;
        seen.push(e);
      }
    },
    async close() {
      await it.return?.();
    },
  };
}
