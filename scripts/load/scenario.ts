// The closed-loop load scenario shared by the load and fault scripts: virtual users that each send their next request
// as soon as the last one answered (plus optional think time). The open loop is in open-loop.ts.
import type { Session } from "./http-client";
import type { Ledger } from "./ledger";
import { newUserState, nextAction } from "./actions";
import { timed, type Stats } from "./stats";
import type { WorldUser } from "./world";

export { checkinInput, PASSWORD, seedWorld, signInAll, type World } from "./world";
export { newLedger, verifyLedger, type Ledger } from "./ledger";
export { newStats, printStats, type Stats } from "./stats";

/** One signed-in virtual user: loops over the weighted mix of actions until the deadline. */
export async function runVirtualUser(session: Session, user: WorldUser, index: number, deadline: number, ledger: Ledger, stats: Stats, thinkMs: number) {
  const state = newUserState(session, user, index);
  while (Date.now() < deadline) {
    const { action, call } = nextAction(state, ledger);
    await timed(stats, action, call);
    if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + ((index + state.step) % 10) / 10)));
  }
}
