// Stack-overhead benchmark (not part of npm test): npx tsx scripts/bench/stack-overhead.ts
// At 1M check-ins it serves the club feed (page of 20) three ways, one client, interleaved request by request:
// Next.js + tRPC, a plain Next.js route handler (server/bench/feed-route.ts) and a bare Node http server
// (bare-server.ts), all running the same session check and domain call; then the feed and the dashboard through the
// server-side caller, and PostgreSQL's own execution time for the same calls (EXPLAIN ANALYZE). Prints one Markdown
// table. Targets (issue #19): tRPC >= 0.75x bare and >= 0.85x the route handler; caller p50 <= 2x PostgreSQL's time.
// It targets loopback only, creates an rf_bench_<ms> database on the local server and drops it at the end.
//   BENCH_SIZE=100000 BENCH_HTTP_RUNS=100 BENCH_ROUNDS=3 npx tsx scripts/bench/stack-overhead.ts   (smaller, quicker run)
//   BENCH_BEFORE_DIR=/tmp/before …   (adds "Next.js + tRPC, before" from another checkout's build, on BENCH_PORT + 2)
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import postgres from "postgres";
import { startAppServer } from "../load/app-server";
import { Session } from "../load/http-client";
import { BENCH_PASSWORD } from "./bulk-seed";
import { openPostgres } from "@/db/client";
import { callers, children, createSeeded, explainWork, load, median, POOL, runBenchmark, stats, type Seeded, type Stats } from "./scale-helpers";

const SIZE = Number(process.env.BENCH_SIZE ?? 1_000_000);
const HTTP_RUNS = Number(process.env.BENCH_HTTP_RUNS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// A second checkout with its own `.next-bench-scale` build (e.g. `git worktree add` of the commit before a change):
// its Next.js + tRPC joins the interleaved run as "before".
const BEFORE_DIR = process.env.BENCH_BEFORE_DIR;
const NEXT_PORT = Number(process.env.BENCH_PORT ?? 3297);
const BARE_PORT = NEXT_PORT + 1;
const DIST = ".next-bench-scale";

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited early`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer`);
}

/** Signs in the way a browser does and returns the cookie header. */
async function signIn(base: string, email: string): Promise<string> {
  const session = new Session(base);
  await session.signIn(email, BENCH_PASSWORD);
  return session.cookieHeader();
}

/** next build can add its dist folder's types to tsconfig.json; the tree's tsconfig is not ours to change. */
async function buildQuietly() {
  const root = process.cwd();
  const tsconfig = path.join(root, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  const { buildIfNeeded } = (await import(pathToFileURL(path.join(root, "scripts", "build-if-needed.mjs")).href)) as {
    buildIfNeeded: (root: string, distDir: string) => void;
  };
  const restore = () => {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  };
  // A failed build ends the process from inside buildIfNeeded, past any finally.
  process.once("exit", restore);
  try {
    buildIfNeeded(root, DIST);
  } finally {
    restore();
    process.off("exit", restore);
  }
}

/** `next start` from another checkout (the "before" build), so before and after are measured in one interleaved run. */
async function startBefore(root: string, url: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, NEXT_DIST_DIR: DIST, DATABASE_POOL_SIZE: String(POOL), RF_SEED_DEMO: "0" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(child);
  await waitFor(`http://127.0.0.1:${port}/api/health`, child);
  return child;
}

type Row = { name: string; p50: number[]; p95: number[]; tput: number[] };
const newRow = (name: string): Row => ({ name, p50: [], p95: [], tput: [] });
const add = (row: Row, s: Stats) => {
  row.p50.push(s.p50);
  row.p95.push(s.p95);
  row.tput.push(1000 / s.mean);
};

/** Interleaved request by request, so the machine's changing load falls on every stack alike. */
async function measureInterleaved<K extends string>(names: K[], get: (name: K) => Promise<unknown>, runs: number): Promise<Record<K, Stats>> {
  for (let i = 0; i < 30; i++) for (const name of names) await get(name); // warm-up
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const t = performance.now();
      await get(name);
      samples[name].push(performance.now() - t);
    }
  }
  return Object.fromEntries(names.map((n) => [n, stats(samples[n])])) as Record<K, Stats>;
}

async function compareStacks(seeded: Seeded) {
  const secret = randomBytes(32).toString("base64url");
  const clubId = seeded.clubIds[0]!;
  const ownerId = seeded.userIds[0]!;
  const sql = postgres(seeded.url, { max: 1, onnotice: () => {} });
  const [{ email }] = (await sql`select email from users where id = ${ownerId}`) as unknown as [{ email: string }];
  await sql.end({ timeout: 5 });

  await buildQuietly();
  // The bench route answers only with RF_BENCH_ROUTES=1; all servers share one AUTH_SECRET so one cookie works on all.
  Object.assign(process.env, { NEXT_DIST_DIR: DIST, AUTH_SECRET: secret, RF_BENCH_ROUTES: "1" });
  const next = await startAppServer(seeded.url, NEXT_PORT, POOL);
  children.add(next.child);
  const before = BEFORE_DIR ? await startBefore(path.resolve(BEFORE_DIR), seeded.url, NEXT_PORT + 2) : null;
  delete process.env.RF_BENCH_ROUTES;
  const bare = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "bench", "bare-server.ts")], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: seeded.url, AUTH_SECRET: secret, PORT: String(BARE_PORT), DATABASE_POOL_SIZE: String(POOL) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(bare);
  const handle = openPostgres(seeded.url, POOL);
  try {
    await waitFor(`http://127.0.0.1:${BARE_PORT}/health`, bare);
    const cookie = await signIn(next.baseUrl, email);
    const trpcInput = encodeURIComponent(JSON.stringify({ json: { clubId, limit: 20 } }));
    type Body = { items?: unknown[]; result?: { data: { json: { items: unknown[] } } } };
    const trpcItems = (b: Body) => b.result?.data.json.items;
    const targets: Record<string, { url: string; items: (b: Body) => unknown[] | undefined }> = {
      ...(before ? { "Next.js + tRPC, before": { url: `http://127.0.0.1:${NEXT_PORT + 2}/api/trpc/feed.list?input=${trpcInput}`, items: trpcItems } } : {}),
      "Next.js + tRPC": { url: `${next.baseUrl}/api/trpc/feed.list?input=${trpcInput}`, items: trpcItems },
      "Next.js route handler": { url: `${next.baseUrl}/api/bench/feed?clubId=${clubId}&limit=20`, items: (b: Body) => b.items },
      "bare Node http": { url: `http://127.0.0.1:${BARE_PORT}/feed?clubId=${clubId}&limit=20`, items: (b: Body) => b.items },
    };
    const names = Object.keys(targets);
    const get = async (name: string) => {
      const res = await fetch(targets[name]!.url, { headers: { cookie } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${text.slice(0, 200)}`);
      return text;
    };
    for (const name of names) {
      const items = targets[name]!.items(JSON.parse(await get(name)) as Body);
      if (items?.length !== 20) throw new Error(`${name} answered ${items?.length} items, expected 20`);
    }
    const call = callers(handle.db, seeded);
    const inProcess = { "caller: feed": () => call.feed(0), "caller: dashboard": () => call.dashboard(0) };
    const http = Object.fromEntries(names.map((n) => [n, newRow(n)]));
    const caller = { feed: newRow("caller: feed"), dashboard: newRow("caller: dashboard") };
    const pg = { feed: [] as number[], dashboard: [] as number[] };
    for (let round = 1; round <= ROUNDS; round++) {
      const h = await measureInterleaved(names, get, HTTP_RUNS);
      for (const n of names) add(http[n]!, h[n]!);
      const c = await measureInterleaved(Object.keys(inProcess) as (keyof typeof inProcess)[], (k) => inProcess[k](), HTTP_RUNS);
      add(caller.feed, c["caller: feed"]);
      add(caller.dashboard, c["caller: dashboard"]);
      pg.feed.push((await explainWork(seeded.url, (db) => callers(db, seeded).feed(0))).execMs);
      pg.dashboard.push((await explainWork(seeded.url, (db) => callers(db, seeded).dashboard(0))).execMs);
      console.log(`  round ${round}/${ROUNDS} done (load ${load()})`);
    }
    report(seeded, http, caller, pg);
  } finally {
    bare.kill("SIGTERM");
    before?.kill("SIGTERM");
    await handle.close();
    await next.stop();
    children.delete(next.child);
    children.delete(bare);
  }
}

const f = (n: number) => n.toFixed(2);

function report(seeded: Seeded, http: Record<string, Row>, caller: Record<"feed" | "dashboard", Row>, pg: Record<"feed" | "dashboard", number[]>) {
  const bare = median(http["bare Node http"]!.tput);
  const route = median(http["Next.js route handler"]!.tput);
  console.log(`\n### Feed (page of 20) and dashboard (first page of 50) at ${seeded.counts.checkins!.toLocaleString("en")} check-ins, one client`);
  console.log(`${ROUNDS} rounds of ${HTTP_RUNS} requests per stack, interleaved; medians of the rounds; load average at the end ${load()}.\n`);
  console.log("| measurement | p50 | p95 | req/s | × bare Node | × route handler |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const row of Object.values(http)) {
    const t = median(row.tput);
    console.log(`| feed over HTTP: ${row.name} | ${f(median(row.p50))} ms | ${f(median(row.p95))} ms | ${t.toFixed(1)} | ${f(t / bare)} | ${f(t / route)} |`);
  }
  for (const key of ["feed", "dashboard"] as const) {
    const row = caller[key];
    console.log(`| ${row.name} (server-side caller, no HTTP) | ${f(median(row.p50))} ms | ${f(median(row.p95))} ms | | | |`);
    console.log(`| ${key}: PostgreSQL's own execution (EXPLAIN ANALYZE, summed over its statements) | ${f(median(pg[key]))} ms | | | | |`);
  }
  const trpc = median(http["Next.js + tRPC"]!.tput);
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  console.log(`\nTargets: Next.js + tRPC ≥ 0.75× bare: ${f(trpc / bare)} ${verdict(trpc / bare >= 0.75)}; ≥ 0.85× route handler: ${f(trpc / route)} ${verdict(trpc / route >= 0.85)}`);
  for (const key of ["feed", "dashboard"] as const) {
    const ratio = median(caller[key].p50) / median(pg[key]);
    console.log(`  caller p50 ≤ 2× PostgreSQL's execution, ${key}: ${f(ratio)}× ${verdict(ratio <= 2)}`);
  }
}

async function main() {
  console.log(`Stack-overhead benchmark at ${SIZE.toLocaleString("en")} check-ins; load average ${load()}`);
  const seeded = await createSeeded(SIZE);
  await compareStacks(seeded);
  console.log(`load average at the end: ${load()}`);
}

runBenchmark(main);
