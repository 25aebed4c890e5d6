// Where the caller's time goes (not part of npm test): npx tsx scripts/bench/profile-caller.ts
// Seeds BENCH_SIZE check-ins (default 100,000) on the local server, warms up, then CPU-profiles BENCH_RUNS calls each
// of feed.list (page of 20) and dashboard.athletes (page of 50) through the server-side caller, writes the profile to
// BENCH_PROFILE (default caller.cpuprofile) and prints its summary (profile-summary.ts). Loopback only; drops its database.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { openPostgres } from "@/db/client";
import { summariseToMarkdown } from "./profile-summary";
import { callers, createSeeded, load, POOL, runBenchmark } from "./scale-helpers";

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const OUT = process.env.BENCH_PROFILE ?? "caller.cpuprofile";

/** Frames worth a line of their own: what each layer of the caller costs, inclusive of what it calls. */
export const CALLER_PATTERNS = [
  "drizzle-orm", "postgres/src|node_modules/postgres/", "@trpc/server", "zod", "superjson", "node_modules/pg-protocol|Parser",
  "server/domain/feed|server/domain/dashboard", "club-access", "rejectNulCharacters|nulPath",
];

async function main() {
  console.log(`Profiling the server-side caller at ${SIZE.toLocaleString("en")} check-ins, ${RUNS} calls each; load ${load()}`);
  const seeded = await createSeeded(SIZE);
  const handle = openPostgres(seeded.url, POOL);
  const session = new Session();
  try {
    const call = callers(handle.db, seeded);
    for (let i = 0; i < 100; i++) await Promise.all([call.feed(i), call.dashboard(i)]);
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
    const started = performance.now();
    for (let i = 0; i < RUNS; i++) {
      await call.feed(i);
      await call.dashboard(i);
    }
    const elapsed = performance.now() - started;
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(OUT, JSON.stringify(profile));
    console.log(`${RUNS} × (feed + dashboard) in ${(elapsed / 1000).toFixed(1)} s, ${(elapsed / RUNS).toFixed(2)} ms per pair; profile in ${OUT}\n`);
    console.log(summariseToMarkdown(profile as never, 25, CALLER_PATTERNS.map((p) => new RegExp(p))));
  } finally {
    session.disconnect();
    await handle.close();
  }
}

runBenchmark(main);
