// Growth benchmark (not part of npm test): npx tsx scripts/bench/growth.ts
// For 10k, 100k and 1M check-ins (50 per runner, 100 runners per club, recovery blocks and recent training), it
// measures feed.list (page of 20), dashboard.athletes (first page) and blocks.today through the server-side caller,
// prints p50/p95 per size and the growth p95(largest)/p95(smallest) (target: at most 1.5x), and the work per call from
// EXPLAIN (ANALYZE, BUFFERS), which machine load doesn't move.
// It targets loopback only, creates rf_bench_<ms> databases on the local server and drops them at the end.
//   BENCH_SIZES=10000,100000 BENCH_RUNS=100 npx tsx scripts/bench/growth.ts   (smaller, quicker run)
import { openPostgres } from "@/db/client";
import {
  callers, createSeeded, ENDPOINTS, explainWork, load, ms, POOL, runBenchmark, stats, type Endpoint, type Seeded, type Stats, type Work,
} from "./scale-helpers";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;

/**
 * All sizes are measured in one interleaved loop (request i goes to every size in turn), so the load other work puts on
 * this shared machine falls on each size alike and the growth ratio compares like with like.
 */
async function measureCaller(all: Seeded[]): Promise<Map<Seeded, Record<Endpoint, Stats>>> {
  const handles = all.map((seeded) => openPostgres(seeded.url, POOL));
  try {
    const calls = all.map((seeded, i) => callers(handles[i]!.db, seeded));
    const samples = all.map(() => Object.fromEntries(ENDPOINTS.map((e) => [e, [] as number[]])) as Record<Endpoint, number[]>);
    for (const endpoint of ENDPOINTS) {
      for (let i = 0; i < WARMUP + RUNS; i++) {
        for (const [k, call] of calls.entries()) {
          const t = performance.now();
          await call[endpoint](i);
          if (i >= WARMUP) samples[k]![endpoint].push(performance.now() - t);
        }
      }
    }
    return new Map(all.map((seeded, k) => [seeded, Object.fromEntries(ENDPOINTS.map((e) => [e, stats(samples[k]![e])])) as Record<Endpoint, Stats>]));
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
}

/**
 * Load-independent growth: the shared buffers (8 kB pages, hit or read) and the server-side execution time each call's
 * statements need, from EXPLAIN (ANALYZE, BUFFERS) on a warm cache. All three calls only read: Today derives a past
 * block's "finished" status on read instead of updating it.
 */
async function measureWork(seeded: Seeded): Promise<Record<Endpoint, Work>> {
  const out = {} as Record<Endpoint, Work>;
  for (const endpoint of ENDPOINTS) out[endpoint] = await explainWork(seeded.url, (db) => callers(db, seeded)[endpoint](1));
  return out;
}

async function main() {
  console.log(`Growth benchmark: sizes ${SIZES.join(", ")} check-ins, ${RUNS} runs per endpoint after ${WARMUP} warm-up; load average ${load()}`);
  const seededAll: Seeded[] = [];
  for (const size of [...SIZES].sort((a, b) => a - b)) {
    console.log(`\n== seeding ${size.toLocaleString("en")} check-ins ==`);
    seededAll.push(await createSeeded(size));
  }
  console.log(`\nMeasuring through the server-side caller, sizes interleaved (load ${load()})…`);
  const measured = await measureCaller(seededAll);
  const results = new Map(seededAll.map((seeded) => [seeded.counts.checkins!, measured.get(seeded)!]));
  console.log(`  done (load ${load()})`);
  for (const [size, r] of results) {
    console.log(`  ${size.toLocaleString("en")} check-ins:`);
    for (const e of ENDPOINTS) console.log(`    ${e.padEnd(10)} p50 ${ms(r[e].p50)}   p95 ${ms(r[e].p95)}   (n=${r[e].n})`);
  }
  const work = new Map<number, Record<Endpoint, Work>>();
  for (const seeded of seededAll) work.set(seeded.counts.checkins!, await measureWork(seeded));

  const sizes = [...results.keys()].sort((a, b) => a - b);
  console.log(`\nSummary, server-side caller (p50 / p95 in ms):`);
  console.log(`  ${"check-ins".padEnd(12)}${ENDPOINTS.map((e) => e.padStart(22)).join("")}`);
  for (const size of sizes) {
    const r = results.get(size)!;
    console.log(`  ${size.toLocaleString("en").padEnd(12)}${ENDPOINTS.map((e) => `${r[e].p50.toFixed(2)} / ${r[e].p95.toFixed(2)}`.padStart(22)).join("")}`);
  }
  if (sizes.length > 1) {
    const lo = results.get(sizes[0]!)!;
    const hi = results.get(sizes.at(-1)!)!;
    console.log(`  growth p95(${sizes.at(-1)!.toLocaleString("en")}) / p95(${sizes[0]!.toLocaleString("en")}), target <= 1.5:`);
    for (const e of ENDPOINTS) {
      const ratio = hi[e].p95 / lo[e].p95;
      console.log(`    ${e.padEnd(10)} ${ratio.toFixed(2)}x ${ratio <= 1.5 ? "met" : "MISSED"}`);
    }
  }
  console.log(`\nWork per call from EXPLAIN (ANALYZE, BUFFERS), independent of machine load (buffers = 8 kB pages touched; server execution ms):`);
  console.log(`  ${"check-ins".padEnd(12)}${ENDPOINTS.map((e) => e.padStart(22)).join("")}`);
  for (const [size, w] of [...work].sort((a, b) => a[0] - b[0])) {
    console.log(`  ${size.toLocaleString("en").padEnd(12)}${ENDPOINTS.map((e) => `${w[e].buffers} / ${w[e].execMs.toFixed(2)} ms`.padStart(22)).join("")}`);
  }
  console.log(`load average at the end: ${load()}`);
}

runBenchmark(main);
