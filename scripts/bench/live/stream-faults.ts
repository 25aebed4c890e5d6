// Live streams through a PostgreSQL restart, for scripts/load/fault-test.ts. Club streams stay open while tracked
// comments and reactions run at a low rate the whole time. Two more tabs close just before the restart: one comes back
// a few seconds after PostgreSQL does and must get what it missed replayed from its last event id; the other comes
// back at the end, after more than the server replays (200 events) may have passed, and must get each write replayed
// or refetch its page on reconnecting (contract/live.ts). Every stream must say it is reconnecting, come back by
// itself and get events again, and no acknowledged write may be silently lost.
import { ClubWriter, clubCheckins } from "./club-writes";
import { DeliveryLedger, drain, type TrackedWrite } from "./delivery";
import type { LiveStream } from "./live-stream";
import { StreamFleet, waitFor, type Member } from "./stream-fleet";

export type Check = { pass: boolean; line: string };

// The load's virtual users react to and comment on the newest shares (their first feed page); the tracked writes use
// older ones, so a load event can't be taken for a tracked write's.
const LOAD_FEED_PAGE = 20;
const LISTENER_BACK_S = 10;
const SHORT_AWAY_AFTER_UP_MS = 3000;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

type AwayTab = { stream: LiveStream; number: number; since: number; until: number; resumeFrom: string | null };

export class StreamFaultWatch {
  private reconnectingBefore: number[] = [];
  private reportedAt = 0;
  private backAt = 0;
  private upAt = 0;
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private readonly ledger: DeliveryLedger,
    private readonly main: LiveStream[],
    private readonly short: AwayTab,
    private readonly long: AwayTab,
    private readonly writer: ClubWriter,
  ) {}

  /** `count` club streams for the members (in turn), plus the two tabs that will go away (member 0's). */
  static async open(members: Member[], count: number): Promise<StreamFaultWatch> {
    const ledger = new DeliveryLedger();
    const fleet = new StreamFleet(ledger);
    const checkins = new Map([...(await clubCheckins(members))].map(([club, ids]) => [club, ids.slice(LOAD_FEED_PAGE)]));
    const main = await fleet.open(members, count);
    const tab = async (): Promise<AwayTab> => {
      const [stream] = await fleet.open(members.slice(0, 1), 1);
      return { stream: stream!, number: fleet.streams.length - 1, since: 0, until: 0, resumeFrom: null };
    };
    return new StreamFaultWatch(ledger, main, await tab(), await tab(), new ClubWriter(members, checkins, ledger));
  }

  /** Tracked writes in the background, `rate` a second for `seconds`. */
  startWrites(rate: number, seconds: number) {
    this.writes = this.writer.run(rate, seconds);
  }

  /** Just before the restart: two tabs close, and the others' reconnect counts are noted. */
  beforeRestart() {
    for (const tab of [this.short, this.long]) {
      tab.stream.close();
      tab.since = performance.now();
    }
    this.reconnectingBefore = this.main.map((m) => m.counters.reconnecting);
    void waitFor(() => this.main.every((m, i) => m.counters.reconnecting > this.reconnectingBefore[i]!), 60_000).then((ok) => {
      if (ok) this.reportedAt = performance.now();
    });
  }

  private comeBack(tab: AwayTab) {
    tab.until = performance.now();
    tab.resumeFrom = tab.stream.lastEventId;
    tab.stream.open(); // with its last event id in the input, as tRPC's client reopens
  }

  /** After PostgreSQL is back (`upAt`, performance.now()): waits (bounded) for the streams; the short-away tab returns. */
  async afterRestart(upAt: number, timeoutMs = 30_000) {
    this.upAt = upAt;
    await waitFor(() => this.reportedAt > 0, timeoutMs);
    if (await waitFor(() => this.main.every((m) => m.up), timeoutMs)) this.backAt = performance.now();
    await new Promise((r) => setTimeout(r, Math.max(0, upAt + SHORT_AWAY_AFTER_UP_MS - performance.now())));
    this.comeBack(this.short);
  }

  private acked(from: number, to: number): TrackedWrite[] {
    return this.ledger.writes.filter((w) => w.ackedAt !== null && w.sentAt > from && w.ackedAt < to);
  }

  private awayLine(tab: AwayTab, label: string, mustReplay: boolean): Check {
    const missed = this.acked(tab.since, tab.until);
    const replayed = missed.filter((w) => this.ledger.learned(w, tab.number) === "event").length;
    const refetched = missed.filter((w) => this.ledger.learned(w, tab.number) === "refetch").length;
    const lost = missed.length - replayed - refetched;
    const pass = missed.length > 0 && tab.resumeFrom !== null && lost === 0 && (!mustReplay || replayed === missed.length);
    return {
      pass,
      line: `${label} (away ${s(tab.until - tab.since)}, back from event ${tab.resumeFrom ?? "none"}): of ${missed.length} writes made meanwhile, ${replayed} replayed, ${refetched} covered by its refetch on reconnecting, ${lost} lost`,
    };
  }

  /** At the end: the writes done, the long-away tab comes back, everything drains; then the checks. */
  async finish(): Promise<Check[]> {
    await this.writes;
    this.comeBack(this.long);
    await drain(this.ledger, 15_000);
    const d = this.ledger.summary();
    const mainNumbers = this.main.map((_, i) => i);
    const afterUp = this.ledger.writes.filter((w) => w.ackedAt !== null && w.sentAt > this.upAt);
    const reachedAll = afterUp.map((w) => this.ledger.reachedAll(w, mainNumbers));
    const firstAfterUp = reachedAll.find((at) => at !== null);
    const listenerBack = firstAfterUp ? firstAfterUp - this.upAt : Infinity;
    const reported = this.main.filter((m, i) => m.counters.reconnecting > this.reconnectingBefore[i]!).length;
    const n = this.main.length;
    const upNow = this.main.filter((m) => m.up).length;
    return [
      { pass: reported === n, line: `streams that reported reconnecting during the outage: ${reported} of ${n}${this.reportedAt ? ` (all by ${s(this.reportedAt - this.short.since)} after the restart began)` : ""}` },
      { pass: this.backAt > 0 && upNow === n, line: `streams up again by themselves: ${upNow} of ${n}${this.backAt ? ` (all ${s(this.backAt - this.upAt)} after PostgreSQL was back)` : ""}` },
      { pass: listenerBack < LISTENER_BACK_S * 1000, line: `first write after the restart on every open stream: ${Number.isFinite(listenerBack) ? s(listenerBack) : "never"} after PostgreSQL was back (target < ${LISTENER_BACK_S} s)` },
      { pass: afterUp.length > 0 && reachedAll.every((at) => at !== null), line: `writes after recovery whose event reached every open stream: ${reachedAll.filter((at) => at !== null).length} of ${afterUp.length}` },
      this.awayLine(this.short, "a tab closed over the restart, back 3 s after it", true),
      this.awayLine(this.long, "a tab closed over the restart, back at the end", false),
      { pass: d.uncovered === 0 && d.withoutEvent === 0 && d.leaks === 0, line: `acknowledged tracked writes ${d.acked} (${d.failed} refused during the outage): silently lost ${d.uncovered}, with no event ${d.withoutEvent}, leaked to another club ${d.leaks}; deliveries missed but covered by a refetch ${d.lostDeliveries - d.uncovered}, duplicates ${d.duplicates}` },
    ];
  }

  close() {
    for (const m of [...this.main, this.short.stream, this.long.stream]) m.close();
  }
}
