// Open-loop load: requests arrive on a schedule fixed in advance, whatever the server is doing. Latency counts from
// each request's scheduled arrival, so time spent queued (in the generator, the balancer or the server) is in it.
import { newUserState, nextAction, type UserState } from "./actions";
import { arrivalOffsets, type ArrivalKind } from "./arrivals";
import type { Session } from "./http-client";
import type { Ledger } from "./ledger";
import { highestPassingRate, nextRate, passes, type SearchPlan, type StepOutcome } from "./rate-search";
import { newStats, summarize, timed, type Stats } from "./stats";
import type { World } from "./world";

export type StepResult = StepOutcome & {
  seconds: number;
  sent: number;
  ok: number;
  achieved: number;
  p50: number;
  p99: number;
  /** Arrivals that found every virtual user busy and waited for one (their wait is in their latency). */
  waitedForUser: number;
  /** How late the generator itself sent a request, at worst (its own CPU share shows up here). */
  maxLagMs: number;
  stats: Stats;
};

export function userStates(world: World, sessions: Session[]): UserState[] {
  return world.users.map((u, i) => newUserState(sessions[i]!, u, i));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One step at a fixed rate. Each arrival goes to the next idle user, so one user never has two requests in flight
 * (the write ledger relies on it); when all are busy it waits its turn, and that wait counts in its latency.
 */
export async function runOpenLoopStep(users: UserState[], ledger: Ledger, rate: number, seconds: number, kind: ArrivalKind = "poisson", seed = rate): Promise<StepResult> {
  const offsets = arrivalOffsets(rate, seconds, kind, seed);
  const stats = newStats();
  const idle = [...users];
  const backlog: number[] = [];
  const chains: Promise<void>[] = [];
  let waitedForUser = 0;
  let maxLagMs = 0;
  const run = async (user: UserState, due: number) => {
    for (let at: number | undefined = due; at !== undefined; at = backlog.shift()) {
      const { action, call } = nextAction(user, ledger);
      await timed(stats, action, call, at);
    }
    idle.push(user);
  };
  const start = performance.now() + 20;
  for (const offset of offsets) {
    const due = start + offset;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    maxLagMs = Math.max(maxLagMs, performance.now() - due);
    const user = idle.shift();
    if (user) chains.push(run(user, due));
    else {
      waitedForUser++;
      backlog.push(due);
    }
  }
  await Promise.all(chains);
  const elapsed = (performance.now() - start) / 1000;
  const s = summarize(stats);
  return { rate, seconds, sent: offsets.length, ok: s.ok, achieved: s.ok / elapsed, p50: s.p50, p95: s.p95, p99: s.p99, errors: s.errors + s.cleanFailures, waitedForUser, maxLagMs, stats };
}

export type SearchOptions = SearchPlan & { stepSeconds: number; warmupSeconds: number; kind: ArrivalKind };

const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function stepRow(r: StepResult, targetP95Ms: number): string {
  const verdict = passes(r, targetP95Ms) ? "pass" : "fail";
  return `| ${r.rate} | ${fmt(r.achieved)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} | ${r.waitedForUser} | ${fmt(r.maxLagMs)} | ${verdict} |`;
}

export const STEP_HEADER = "| offered req/s | achieved req/s | p50 ms | p95 ms | p99 ms | errors | waited for a user | generator lag max ms | verdict |\n|---|---|---|---|---|---|---|---|---|";

/** Ramps and bisects (rate-search.ts), printing a Markdown row per step; returns the highest passing rate and the steps. */
export async function searchCapacity(users: UserState[], ledger: Ledger, opts: SearchOptions, label = "") {
  if (opts.warmupSeconds > 0) {
    console.log(`${label}warm-up: ${opts.warmupSeconds} s at ${opts.start} req/s (not counted)`);
    await runOpenLoopStep(users, ledger, opts.start, opts.warmupSeconds, opts.kind, 0);
  }
  console.log(`\n${label}open loop, ${opts.kind} arrivals, ${opts.stepSeconds} s per step, target p95 ≤ ${opts.targetP95Ms} ms with 0 errors\n`);
  console.log(STEP_HEADER);
  const history: StepResult[] = [];
  for (let rate = nextRate(history, opts); rate !== null; rate = nextRate(history, opts)) {
    const result = await runOpenLoopStep(users, ledger, rate, opts.stepSeconds, opts.kind);
    history.push(result);
    console.log(stepRow(result, opts.targetP95Ms));
    for (const sample of result.stats.failureSamples.slice(0, 3)) console.log(`  sample failure: ${sample}`);
  }
  return { capacity: highestPassingRate(history, opts.targetP95Ms), history };
}
