// Many club streams held by one process: stream k (the fleet's k-th, over all calls) belongs to member k mod members
// (several tabs each when there are more streams than members); every arrival goes to the delivery ledger under k.
import type { Session } from "../../load/http-client";
import type { DeliveryLedger } from "./delivery";
import { LiveStream, type StreamCounters } from "./live-stream";

export type Member = { session: Session; clubId: string };

export async function waitFor(condition: () => boolean, timeoutMs: number, stepMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return true;
}

export class StreamFleet {
  readonly streams: LiveStream[] = [];

  constructor(private readonly ledger: DeliveryLedger) {}

  /** Opens `count` more streams, `batch` at a time (each batch connected before the next), as tabs opening over a moment. */
  async open(members: Member[], count: number, batch = 100, timeoutMs = 60_000): Promise<LiveStream[]> {
    const opened: LiveStream[] = [];
    for (let i = 0; i < count; i += batch) {
      const wave: LiveStream[] = [];
      for (let k = i; k < Math.min(count, i + batch); k++) {
        const number = this.streams.length;
        const { session, clubId } = members[number % members.length]!;
        const stream = new LiveStream(session, "live.club", { clubId }, {
          onEvent: (arrival) => this.ledger.arrived(number, arrival),
          onRefetch: (at) => this.ledger.refetched(number, at),
        });
        this.ledger.subscribe(number, clubId);
        this.streams.push(stream);
        wave.push(stream);
        stream.open();
      }
      if (!(await waitFor(() => wave.every((s) => s.up), timeoutMs))) {
        throw new Error(`${wave.filter((s) => !s.up).length} of ${wave.length} streams did not connect within ${timeoutMs / 1000} s`);
      }
      opened.push(...wave);
    }
    return opened;
  }

  up(): number {
    return this.streams.filter((s) => s.up).length;
  }

  totals(): StreamCounters {
    const total: StreamCounters = { connected: 0, reconnecting: 0, reopened: 0, serverErrors: 0, ended: 0 };
    for (const s of this.streams) for (const k of Object.keys(total) as (keyof StreamCounters)[]) total[k] += s.counters[k];
    return total;
  }

  closeAll(): void {
    for (const s of this.streams) s.close();
  }
}
