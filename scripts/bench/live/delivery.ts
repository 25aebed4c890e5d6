// Which write each live event answers, and which streams got it. A write is recorded as it is sent; the first arrival
// of an event of its kind, club and check-in is matched to the oldest such write still waiting (the writers keep at
// most one write per key in flight, so the match is exact). Every stream subscribed to the write's club must then get
// that event id once; a stream of another club that gets it is a leak. A delivery that never came is lost, and counts
// as covered only when that stream's page refetched afterwards (a resync, or a reconnection: contract/live.ts).
import type { LiveEvent } from "@/contract/live";
import { percentile } from "../../load/http-client";
import type { Arrival } from "./live-stream";

export type TrackedWrite = { key: string; clubId: string; sentAt: number; ackedAt: number | null; failed: string | null; eventId: string | null };

/** When each stream got an event, by stream number. */
type EventArrivals = { clubId: string | null; streams: Map<number, number>; lastAt: number };

export const keyOf = (kind: string, clubId: string, refId: string) => `${kind}|${clubId}|${refId}`;

export class DeliveryLedger {
  readonly writes: TrackedWrite[] = [];
  private readonly waiting = new Map<string, TrackedWrite[]>();
  private readonly events = new Map<string, EventArrivals>();
  /** Streams per club, by stream number: who should get a club's events. */
  private readonly audience = new Map<string, Set<number>>();
  private readonly clubOfStream = new Map<number, string>();
  /** The last time each stream's page would have refetched. */
  private readonly lastRefetch = new Map<number, number>();
  duplicates = 0;
  leaks = 0;
  /** Arrivals of events no tracked write explains (other kinds, or writes from elsewhere). */
  untracked = 0;

  subscribe(stream: number, clubId: string) {
    this.clubOfStream.set(stream, clubId);
    const set = this.audience.get(clubId) ?? new Set<number>();
    set.add(stream);
    this.audience.set(clubId, set);
  }

  /** Records a write as it is sent (an event can only follow it); `settled` records its answer. */
  sent(key: string, clubId: string): TrackedWrite {
    const write: TrackedWrite = { key, clubId, sentAt: performance.now(), ackedAt: null, failed: null, eventId: null };
    this.writes.push(write);
    this.waiting.set(key, [...(this.waiting.get(key) ?? []), write]);
    return write;
  }

  /** A refused write publishes nothing, so it stops waiting for an event (a later write's must not match it). */
  settled(write: TrackedWrite, error: Error | null) {
    if (!error) {
      write.ackedAt = performance.now();
      return;
    }
    write.failed = error.message;
    const queue = this.waiting.get(write.key);
    if (queue && write.eventId === null) this.waiting.set(write.key, queue.filter((w) => w !== write));
  }

  arrived(stream: number, { id, event, at }: Arrival) {
    let entry = this.events.get(id);
    if (!entry) {
      entry = { clubId: event.clubId, streams: new Map(), lastAt: at };
      this.events.set(id, entry);
      this.match(id, event);
    }
    if (entry.streams.has(stream)) {
      this.duplicates++;
      return;
    }
    entry.streams.set(stream, at);
    entry.lastAt = Math.max(entry.lastAt, at);
    if (event.clubId !== null && this.clubOfStream.get(stream) !== event.clubId) this.leaks++;
  }

  refetched(stream: number, at: number) {
    this.lastRefetch.set(stream, at);
  }

  private match(id: string, event: LiveEvent) {
    const queue = event.clubId && event.refId ? this.waiting.get(keyOf(event.kind, event.clubId, event.refId)) : undefined;
    const write = queue?.shift();
    if (write) write.eventId = id;
    else this.untracked++;
  }

  /** When the last of `streams` got the write's event, or null while one of them hasn't. */
  reachedAll(write: TrackedWrite, streams: number[]): number | null {
    const got = write.eventId ? this.events.get(write.eventId)?.streams : undefined;
    if (!got) return null;
    let last = 0;
    for (const s of streams) {
      const at = got.get(s);
      if (at === undefined) return null;
      last = Math.max(last, at);
    }
    return last;
  }

  /** Acknowledged writes that some stream of their club has neither had the event of nor refetched after. */
  outstanding(): number {
    return this.writes.filter((w) => w.ackedAt !== null && this.uncoveredFor(w) > 0).length;
  }

  private missingFor(write: TrackedWrite): number {
    const expected = this.audience.get(write.clubId)?.size ?? 0;
    const got = write.eventId ? (this.events.get(write.eventId)?.streams.size ?? 0) : 0;
    return Math.max(0, expected - got);
  }

  /** How a stream learned of an acknowledged write: its event, a refetch of the page after it, or not (yet). */
  learned(write: TrackedWrite, stream: number): "event" | "refetch" | null {
    if (write.eventId && this.events.get(write.eventId)?.streams.has(stream)) return "event";
    return (this.lastRefetch.get(stream) ?? -1) > write.ackedAt! ? "refetch" : null;
  }

  /** Streams of the write's club that neither got its event nor refetched after it was acknowledged. */
  private uncoveredFor(write: TrackedWrite): number {
    let n = 0;
    for (const s of this.audience.get(write.clubId) ?? []) if (this.learned(write, s) === null) n++;
    return n;
  }

  /** The event ids matched to writes (to look up when each was published). */
  matchedEventIds(): string[] {
    return this.writes.flatMap((w) => (w.eventId ? [w.eventId] : []));
  }

  /** `published`: event id → epoch ms it was published (published-at.ts), for the published → arrival figures. */
  summary(published = new Map<string, number>()) {
    const acked = this.writes.filter((w) => w.ackedAt !== null);
    const complete = acked.filter((w) => this.missingFor(w) === 0);
    const fromSent = complete.map((w) => this.events.get(w.eventId!)!.lastAt - w.sentAt).sort((a, b) => a - b);
    const fromPublish = complete
      .filter((w) => published.has(w.eventId!))
      .map((w) => performance.timeOrigin + this.events.get(w.eventId!)!.lastAt - published.get(w.eventId!)!)
      .sort((a, b) => a - b);
    const fromAck = complete.map((w) => this.events.get(w.eventId!)!.lastAt - w.ackedAt!).sort((a, b) => a - b);
    const writeMs = acked.map((w) => w.ackedAt! - w.sentAt).sort((a, b) => a - b);
    const spread = (s: number[]) => ({ p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? 0 });
    return {
      sent: this.writes.length,
      acked: acked.length,
      failed: this.writes.filter((w) => w.failed !== null).length,
      failureSamples: this.writes.flatMap((w) => (w.failed ? [w.failed] : [])).slice(0, 3),
      /** Acknowledged writes that never produced an event at all. */
      withoutEvent: acked.filter((w) => w.eventId === null).length,
      /** Stream deliveries that should have happened and did not (one per write per stream of its club). */
      lostDeliveries: acked.reduce((n, w) => n + this.missingFor(w), 0),
      /** Of those, the ones no later refetch of the page covers: silently lost. */
      uncovered: acked.reduce((n, w) => n + this.uncoveredFor(w), 0),
      deliveries: [...this.events.values()].reduce((n, e) => n + e.streams.size, 0),
      duplicates: this.duplicates,
      leaks: this.leaks,
      untracked: this.untracked,
      write: spread(writeMs),
      fromSent: spread(fromSent),
      fromPublish: { ...spread(fromPublish), n: fromPublish.length },
      fromAck: spread(fromAck),
    };
  }
}

export type DeliverySummary = ReturnType<DeliveryLedger["summary"]>;

/** Waits until every acknowledged write reached all its streams, or the time is up. */
export async function drain(ledger: DeliveryLedger, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (ledger.outstanding() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}
