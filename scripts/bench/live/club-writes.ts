// Comments and reactions on clubmates' shared check-ins through the tRPC HTTP API, at a fixed rate, each recorded in
// the delivery ledger as it is sent. Writers take turns (round k: every writer once), so one user never has two writes
// in flight; in a round the writers of a club pick different check-ins, so a key (kind, club, check-in) is never
// written twice at once; a writer comments in even rounds and reacts in odd ones (comments have the tighter limit).
import { REACTION_KINDS } from "@/contract/values";
import { arrivalOffsets } from "../../load/arrivals";
import type { Session } from "../../load/http-client";
import { keyOf, type DeliveryLedger, type TrackedWrite } from "./delivery";

export type Writer = { session: Session; clubId: string };

/** The shared check-ins of each club (one feed page, as a member sees it). */
export async function clubCheckins(writers: Writer[]): Promise<Map<string, string[]>> {
  const byClub = new Map<string, string[]>();
  for (const writer of writers) {
    if (byClub.has(writer.clubId)) continue;
    const page = await writer.session.query<{ items: { checkinId: string }[] }>("feed.list", { clubId: writer.clubId, limit: 50 });
    byClub.set(writer.clubId, page.items.map((i) => i.checkinId));
  }
  return byClub;
}

export class ClubWriter {
  private count = 0;

  constructor(
    private readonly writers: Writer[],
    private readonly checkins: Map<string, string[]>,
    private readonly ledger: DeliveryLedger,
  ) {}

  /** Sends the next write. Never throws; the ledger keeps the answer. */
  async writeOne(): Promise<TrackedWrite> {
    const n = this.count++;
    const round = Math.floor(n / this.writers.length);
    const { session, clubId } = this.writers[n % this.writers.length]!;
    const ids = this.checkins.get(clubId)!;
    const checkinId = ids[(n + round) % ids.length]!;
    const comment = round % 2 === 0;
    const write = this.ledger.sent(keyOf(comment ? "comment" : "reaction", clubId, checkinId), clubId);
    try {
      if (comment) await session.mutate("feed.addComment", { clubId, checkinId, body: `Live bench ${n}` });
      else await session.mutate("feed.react", { clubId, checkinId, kind: REACTION_KINDS[n % REACTION_KINDS.length]! });
      this.ledger.settled(write, null);
    } catch (err) {
      this.ledger.settled(write, err as Error);
    }
    return write;
  }

  /** `rate` writes a second, evenly spaced, for `seconds`; a slow answer never delays the next write. */
  async run(rate: number, seconds: number): Promise<void> {
    if (seconds <= 0) return;
    const start = performance.now();
    const inFlight: Promise<unknown>[] = [];
    for (const offset of arrivalOffsets(rate, seconds, "even")) {
      const wait = start + offset - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      inFlight.push(this.writeOne());
    }
    await Promise.all(inFlight);
  }
}
