// Stack-overhead benchmark (not part of npm test): npx tsx scripts/bench/stack-overhead.ts
// At 1M check-ins it serves the club feed (page of 20) three ways, one client, interleaved request by request:
// Next.js + tRPC, a plain Next.js route handler (server/bench/feed-route.ts) and a bare Node http server
// (bare-server.ts), all running the same domain call. Target: tRPC at least 0.85x the route handler's throughput.
// It targets loopback only, creates an rf_bench_<ms> database on the local server and drops it at the end.
//   BENCH_SIZE=100000 BENCH_HTTP_RUNS=100 npx tsx scripts/bench/stack-overhead.ts   (smaller, quicker run)
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import postgres from "postgres";
import { startAppServer } from "../load/app-server";
import { Session } from "../load/http-client";
import { BENCH_PASSWORD } from "./bulk-seed";
import { children, createSeeded, load, ms, POOL, runBenchmark, stats, type Seeded, type Stats } from "./scale-helpers";

const SIZE = Number(process.env.BENCH_SIZE ?? 1_000_000);
const HTTP_RUNS = Number(process.env.BENCH_HTTP_RUNS ?? 300);
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
  try {
    buildIfNeeded(root, DIST);
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

async function compareStacks(seeded: Seeded) {
  const secret = randomBytes(32).toString("base64url");
  const clubId = seeded.clubIds[0]!;
  const ownerId = seeded.userIds[0]!;
  const sql = postgres(seeded.url, { max: 1, onnotice: () => {} });
  const [{ email }] = (await sql`select email from users where id = ${ownerId}`) as unknown as [{ email: string }];
  await sql.end({ timeout: 5 });

  await buildQuietly();
  // The bench route answers only with RF_BENCH_ROUTES=1; both servers share one AUTH_SECRET so one cookie works on both.
  Object.assign(process.env, { NEXT_DIST_DIR: DIST, AUTH_SECRET: secret, RF_BENCH_ROUTES: "1" });
  const next = await startAppServer(seeded.url, NEXT_PORT, POOL);
  children.add(next.child);
  delete process.env.RF_BENCH_ROUTES;
  const bare = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "bench", "bare-server.ts")], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: seeded.url, AUTH_SECRET: secret, PORT: String(BARE_PORT), DATABASE_POOL_SIZE: String(POOL) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(bare);
  try {
    await waitFor(`http://127.0.0.1:${BARE_PORT}/health`, bare);
    const cookie = await signIn(next.baseUrl, email);
    const trpcInput = encodeURIComponent(JSON.stringify({ json: { clubId, limit: 20 } }));
    type Body = { items?: unknown[]; result?: { data: { json: { items: unknown[] } } } };
    const targets = {
      "(a) Next.js + tRPC": { url: `${next.baseUrl}/api/trpc/feed.list?input=${trpcInput}`, items: (b: Body) => b.result?.data.json.items },
      "(b) Next.js route handler": { url: `${next.baseUrl}/api/bench/feed?clubId=${clubId}&limit=20`, items: (b: Body) => b.items },
      "(c) bare Node http": { url: `http://127.0.0.1:${BARE_PORT}/feed?clubId=${clubId}&limit=20`, items: (b: Body) => b.items },
    } as const;
    type Name = keyof typeof targets;
    const names = Object.keys(targets) as Name[];
    const get = async (name: Name) => {
      const res = await fetch(targets[name].url, { headers: { cookie } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${text.slice(0, 200)}`);
      return text;
    };
    for (const name of names) {
      const items = targets[name].items(JSON.parse(await get(name)) as Body);
      if (items?.length !== 20) throw new Error(`${name} answered ${items?.length} items, expected 20`);
    }
    for (let i = 0; i < 30; i++) for (const name of names) await get(name); // warm-up
    const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Name, number[]>;
    // Interleaved, so the machine's changing load falls on all three alike.
    for (let i = 0; i < HTTP_RUNS; i++) {
      for (const name of names) {
        const t = performance.now();
        await get(name);
        samples[name].push(performance.now() - t);
      }
    }
    const out = Object.fromEntries(names.map((n) => [n, stats(samples[n])])) as Record<Name, Stats>;
    console.log(`\nFeed over HTTP at ${seeded.counts.checkins!.toLocaleString("en")} check-ins, page of 20, one client, ${HTTP_RUNS} requests each (load ${load()}):`);
    for (const name of names) {
      const s = out[name];
      console.log(`  ${name.padEnd(28)} p50 ${ms(s.p50)}   p95 ${ms(s.p95)}   ${(1000 / s.mean).toFixed(1).padStart(6)} req/s`);
    }
    const [a, b, c] = names.map((n) => out[n]) as [Stats, Stats, Stats];
    const tput = (s: Stats) => 1000 / s.mean;
    console.log(
      `  ratios: throughput (a)/(b) ${(tput(a) / tput(b)).toFixed(2)}  [target >= 0.85: ${tput(a) / tput(b) >= 0.85 ? "met" : "MISSED"}]; ` +
        `p50 (b)/(a) ${(b.p50 / a.p50).toFixed(2)}; throughput (a)/(c) ${(tput(a) / tput(c)).toFixed(2)}; (b)/(c) ${(tput(b) / tput(c)).toFixed(2)}`,
    );
  } finally {
    bare.kill("SIGTERM");
    await next.stop();
    children.delete(next.child);
    children.delete(bare);
  }
}

async function main() {
  console.log(`Stack-overhead benchmark at ${SIZE.toLocaleString("en")} check-ins; load average ${load()}`);
  const seeded = await createSeeded(SIZE);
  await compareStacks(seeded);
  console.log(`load average at the end: ${load()}`);
}

runBenchmark(main);
