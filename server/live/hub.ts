import { handleOfDb, type Db, type DbHandle } from "@/db/client";
import { LIVE_CHANNEL } from "@/server/domain/live/publish-live";
import { parseLivePayload, type StoredLiveEvent } from "@/server/domain/live/stored-live-event";

/** A stream's side of the hub: every event, and word that the hub went down (events may have been missed). */
export type HubSubscriber = { onEvent: (e: StoredLiveEvent) => void; onDown: () => void };

/** How often the hub checks PostgreSQL is reachable while anyone listens. */
const PROBE_INTERVAL_MS = 2_000;
/** A probe slower than this counts as the database being down. */
const PROBE_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One per process and database: ONE listening connection, fanned out in memory to every open stream (no connection
 * per stream). It knows when it is down (the listen connection was lost, or a probe of the database failed), tells
 * every stream so each ends and its browser resumes from its last event id, and comes back by itself.
 */
export class LiveHub {
  private readonly subscribers = new Set<HubSubscriber>();
  private state: "idle" | "connecting" | "up" | "down" = "idle";
  private stopListening: (() => Promise<void>) | null = null;
  private listenCount = 0;
  /** Bumped by every fresh listen, so a replaced listener's late callbacks (it may reconnect on its own) are ignored. */
  private generation = 0;
  private probeTimer: ReturnType<typeof setInterval> | null = null;
  private probing = false;
  /** Probes failed in a row: one slow answer on a saturated machine is not an outage, two are. */
  private failedProbes = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly handle: DbHandle) {}

  get up(): boolean {
    return this.state === "up";
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  subscribe(subscriber: HubSubscriber): () => void {
    this.subscribers.add(subscriber);
    if (this.state === "idle") void this.connect();
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /** Resolves true once listening, false if that takes longer than `ms` (the caller then says "reconnecting"). */
  async ready(ms: number): Promise<boolean> {
    if (this.state === "up") return true;
    if (this.state === "idle") void this.connect();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ok = await new Promise<boolean>((resolve) => {
      this.waiters.push(() => resolve(true));
      timer = setTimeout(() => resolve(false), ms);
    });
    clearTimeout(timer);
    return ok;
  }

  private async connect(): Promise<void> {
    if (this.state === "connecting") return;
    this.state = "connecting";
    this.startProbe();
    const previous = this.stopListening;
    this.stopListening = null;
    await previous?.().catch(() => {});
    this.listenCount = 0;
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    try {
      this.stopListening = await this.handle.listen(
        LIVE_CHANNEL,
        (payload) => {
          if (current()) this.deliver(payload);
        },
        () => {
          if (current()) this.onListen();
        },
      );
      this.state = "up";
      const waiters = this.waiters.splice(0);
      for (const wake of waiters) wake();
    } catch {
      // The probe tries again.
      this.state = "down";
    }
  }

  private onListen(): void {
    this.listenCount += 1;
    // The driver listened again by itself: its connection was lost, and so were the notifications meanwhile.
    if (this.listenCount > 1 && this.state === "up") this.tellDown();
  }

  private deliver(payload: string): void {
    const event = parseLivePayload(payload);
    if (!event) return;
    for (const s of this.subscribers) s.onEvent(event);
  }

  private tellDown(): void {
    for (const s of [...this.subscribers]) s.onDown();
  }

  private markDown(): void {
    if (this.state === "down") return;
    this.state = "down";
    this.tellDown();
  }

  /** PostgreSQL only: the embedded database lives in this process and can't be unreachable. */
  private startProbe(): void {
    if (this.probeTimer || this.handle.kind !== "postgres") return;
    this.probeTimer = setInterval(() => void this.probe(), PROBE_INTERVAL_MS);
    this.probeTimer.unref?.();
  }

  private async probe(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      await withTimeout(this.handle.probe(), PROBE_TIMEOUT_MS);
      this.failedProbes = 0;
      // Back after an outage: listen afresh rather than trust a connection that may have died with the server.
      if (this.state === "down") await this.connect();
    } catch {
      this.failedProbes += 1;
      // Already down (or connecting): keep trying; up: only a second failure in a row says the database is gone.
      if (this.state !== "up" || this.failedProbes >= 2) this.markDown();
    } finally {
      this.probing = false;
    }
  }

  /** Stops listening and probing (tests, shutdown). */
  async stop(): Promise<void> {
    if (this.probeTimer) clearInterval(this.probeTimer);
    this.probeTimer = null;
    this.state = "idle";
    await this.stopListening?.().catch(() => {});
    this.stopListening = null;
  }
}

// On globalThis like server/db.ts: Next loads modules separately for routes and pages, and there must be one hub.
const globalHubs = globalThis as unknown as { __rfLiveHubs?: WeakMap<DbHandle, LiveHub> };
const hubs = (globalHubs.__rfLiveHubs ??= new WeakMap());

/** The process's hub for the database this Db belongs to. */
export function liveHubFor(db: Db): LiveHub {
  const handle = handleOfDb(db);
  if (!handle) throw new Error("Live updates need a database opened through db/client (openPostgres or openPglite).");
  let hub = hubs.get(handle);
  if (!hub) {
    hub = new LiveHub(handle);
    hubs.set(handle, hub);
  }
  return hub;
}
