// Caller overhead, before against after (not part of npm test): npx tsx scripts/bench/caller-overhead.ts
// The caller half of stack-overhead.ts without the Next.js build: seeds BENCH_SIZE check-ins (default 100,000) once,
// then for BENCH_ROUNDS rounds (default 5) runs a fresh child process per round and per checkout, alternating, each
// timing BENCH_RUNS (default 200) interleaved feed.list (page of 20) and dashboard.athletes (page of 50) calls through
// the server-side caller (wall time, and this process's CPU per call) and PostgreSQL's own execution of the same statements (EXPLAIN ANALYZE, median of 5). Prints the medians
// and the caller / PostgreSQL ratio of issue #19 (target ≤ 2×). Children on one database, alternating, so a loaded
// machine's changing load falls on both checkouts alike.
//   BENCH_BEFORE_DIR=/tmp/before …   (a copy of the tree before the change, with node_modules linked in)
// Loopback only; drops its database.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openPostgres } from "@/db/client";
import { callers, createSeeded, explainWork, load, median, POOL, runBenchmark, stats, type Seeded } from "./scale-helpers";

const SIZE = Number(process.env.BENCH_SIZE ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const BEFORE_DIR = process.env.BENCH_BEFORE_DIR;
const SEEDED_FILE = process.env.BENCH_SEEDED_FILE;
const SCRIPT = path.join("scripts", "bench", "caller-overhead.ts");

type Round = {
  feed: number; dashboard: number; pgFeed: number; pgDashboard: number; feedP95: number; dashboardP95: number;
  /** This process's CPU (user + system) per call: unlike wall time, it doesn't grow with other work waiting for a core. */
  feedCpu: number; dashboardCpu: number;
};

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** One round in this process, against an already seeded database: what a child prints. */
async function measureRound(seeded: Seeded): Promise<Round> {
  const handle = openPostgres(seeded.url, POOL);
  try {
    const call = callers(handle.db, seeded);
    for (let i = 0; i < 30; i++) {
      await call.feed(i);
      await call.dashboard(i);
    }
    const feed: number[] = [];
    const dashboard: number[] = [];
    let [feedCpu, dashboardCpu] = [0, 0];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      let cpu = process.cpuUsage();
      await call.feed(0);
      feedCpu += cpuMs(cpu);
      feed.push(performance.now() - t);
      t = performance.now();
      cpu = process.cpuUsage();
      await call.dashboard(0);
      dashboardCpu += cpuMs(cpu);
      dashboard.push(performance.now() - t);
    }
    // PostgreSQL's own execution of the same statements, the median of a few EXPLAIN ANALYZE runs (one is noisy).
    const pg = { feed: [] as number[], dashboard: [] as number[] };
    for (let i = 0; i < 5; i++) {
      pg.feed.push((await explainWork(seeded.url, (db) => callers(db, seeded).feed(0))).execMs);
      pg.dashboard.push((await explainWork(seeded.url, (db) => callers(db, seeded).dashboard(0))).execMs);
    }
    const [pgFeed, pgDashboard] = [median(pg.feed), median(pg.dashboard)];
    const f = stats(feed);
    const d = stats(dashboard);
    return { feed: f.p50, dashboard: d.p50, feedP95: f.p95, dashboardP95: d.p95, pgFeed, pgDashboard, feedCpu: feedCpu / RUNS, dashboardCpu: dashboardCpu / RUNS };
  } finally {
    await handle.close();
  }
}

/** Runs one round in a child process from `root` (this checkout or the "before" one) and returns its figures. */
function childRound(root: string, seededFile: string): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", SCRIPT], {
      cwd: root,
      env: { ...process.env, BENCH_SEEDED_FILE: seededFile, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) return reject(new Error(`round in ${root} exited with ${code}: ${out.slice(-500)}`));
      resolve(JSON.parse(line) as Round);
    });
  });
}

async function main() {
  if (SEEDED_FILE) {
    console.log(JSON.stringify(await measureRound(JSON.parse(readFileSync(SEEDED_FILE, "utf8")) as Seeded)));
    return;
  }
  console.log(`Caller overhead at ${SIZE.toLocaleString("en")} check-ins, ${ROUNDS} rounds × ${RUNS} calls each; load ${load()}`);
  const seeded = await createSeeded(SIZE);
  const dir = mkdtempSync(path.join(tmpdir(), "rf-caller-"));
  const file = path.join(dir, "seeded.json");
  writeFileSync(file, JSON.stringify(seeded));
  const trees: Record<string, string> = { ...(BEFORE_DIR ? { before: path.resolve(BEFORE_DIR) } : {}), after: process.cwd() };
  const results: Record<string, Round[]> = Object.fromEntries(Object.keys(trees).map((k) => [k, []]));
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      // Alternate which checkout goes first, so neither always runs on the warmer cache.
      const order = round % 2 ? Object.keys(trees) : Object.keys(trees).reverse();
      for (const name of order) results[name]!.push(await childRound(trees[name]!, file));
      console.log(`  round ${round}/${ROUNDS} done (load ${load()})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const f = (n: number) => n.toFixed(2);
  console.log(`\n| checkout | feed caller p50 / p95 | feed CPU | feed PostgreSQL | feed ratio | dashboard caller p50 / p95 | dashboard CPU | dashboard PostgreSQL | dashboard ratio |`);
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, rounds] of Object.entries(results)) {
    const m = (k: keyof Round) => median(rounds.map((r) => r[k]));
    console.log(
      `| ${name} | ${f(m("feed"))} / ${f(m("feedP95"))} ms | ${f(m("feedCpu"))} ms | ${f(m("pgFeed"))} ms | ${f(m("feed") / m("pgFeed"))}× ` +
        `| ${f(m("dashboard"))} / ${f(m("dashboardP95"))} ms | ${f(m("dashboardCpu"))} ms | ${f(m("pgDashboard"))} ms | ${f(m("dashboard") / m("pgDashboard"))}× |`,
    );
  }
  console.log(`\nMedians of ${ROUNDS} rounds; load average at the end ${load()}. Target (issue #19): caller p50 ≤ 2× PostgreSQL's execution.`);
}

// A child measures against the parent's database and leaves dropping it to the parent.
if (SEEDED_FILE) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
} else {
  runBenchmark(main);
}
