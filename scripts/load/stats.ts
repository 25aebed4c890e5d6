// Latency and error counts for load runs, and the lines they print.
import { HttpError, percentile } from "./http-client";

export type Stats = {
  latencies: Map<string, number[]>;
  ok: number;
  errors: Map<string, number>;
  /** Failures that carried the "try again" message (expected while the database is down). */
  cleanFailures: number;
  failureSamples: string[];
};

export function newStats(): Stats {
  return { latencies: new Map(), ok: 0, errors: new Map(), cleanFailures: 0, failureSamples: [] };
}

/** Runs one request and records it; latency counts from `startedAt` (the open loop passes the scheduled arrival). */
export async function timed(stats: Stats, action: string, call: () => Promise<unknown>, startedAt = performance.now()) {
  try {
    await call();
    const list = stats.latencies.get(action) ?? [];
    list.push(performance.now() - startedAt);
    stats.latencies.set(action, list);
    stats.ok++;
  } catch (err) {
    const message = (err as Error).message;
    if (err instanceof HttpError && /try again/i.test(message)) stats.cleanFailures++;
    else stats.errors.set(action, (stats.errors.get(action) ?? 0) + 1);
    if (stats.failureSamples.length < 8) stats.failureSamples.push(`${action}: ${message}`);
  }
}

export type Summary = { ok: number; errors: number; cleanFailures: number; p50: number; p95: number; p99: number };

export function summarize(stats: Stats): Summary {
  const all = [...stats.latencies.values()].flat().sort((a, b) => a - b);
  const errors = [...stats.errors.values()].reduce((a, b) => a + b, 0);
  return { ok: stats.ok, errors, cleanFailures: stats.cleanFailures, p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99) };
}

export function printStats(stats: Stats, seconds: number) {
  const s = summarize(stats);
  console.log(`\nrequests ok: ${s.ok}   errors: ${s.errors}   clean "try again" failures: ${s.cleanFailures}`);
  console.log(`throughput: ${(s.ok / seconds).toFixed(1)} req/s`);
  console.log(`latency all: p50 ${s.p50.toFixed(1)} ms   p95 ${s.p95.toFixed(1)} ms   p99 ${s.p99.toFixed(1)} ms`);
  for (const [action, list] of [...stats.latencies].sort()) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(`  ${action.padEnd(20)} n=${String(sorted.length).padStart(6)}   p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms   p99 ${percentile(sorted, 99).toFixed(1).padStart(7)} ms`);
  }
  for (const [action, n] of stats.errors) console.log(`  errors in ${action}: ${n}`);
  for (const sample of stats.failureSamples) console.log(`  sample failure: ${sample}`);
  return s.errors;
}
