// Scale benchmark (not part of npm test): npx tsx scripts/bench/scale.ts
// 1. For 10k, 100k and 1M check-ins (50 per runner, 100 runners per club, recovery blocks and recent training), it
//    measures feed.list (page of 20), dashboard.athletes (first page) and blocks.today through the server-side caller
//    and prints p50/p95 per size and the growth p95(largest)/p95(smallest). Target: at most 1.5x.
// 2. At the largest size it runs EXPLAIN on every SQL statement those three calls send and exits non-zero if any of
//    them seq-scans a table of more than 10,000 rows.
// 3. At the largest size it serves the feed three ways, one client, interleaved request by request: Next.js + tRPC,
//    a plain Next.js route handler, and a bare Node http server, all running the same domain call. Target: tRPC at
//    least 0.85x the route handler's throughput.
// It targets loopback only, creates rf_bench_<ms> databases on the local server and drops them at the end.
//   BENCH_SIZES=10000,100000 BENCH_RUNS=100 npx tsx scripts/bench/scale.ts   (smaller, quicker run)
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Presets, SingleBar } from "cli-progress";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { openPostgres } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import * as schema from "@/db/schema";
import { ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import { createCaller } from "@/server/routers/_app";
import { createInnerContext } from "@/server/trpc";
import { startAppServer } from "../load/app-server";
import { percentile, Session } from "../load/http-client";
import { BENCH_PASSWORD, bulkSeed } from "./bulk-seed";
import { seedBlocks } from "./seed-blocks";

const SERVER = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const HTTP_RUNS = Number(process.env.BENCH_HTTP_RUNS ?? 300);
const WARMUP = 20;
const CHECKINS_PER_RUNNER = 50;
const RUNNERS_PER_CLUB = 100;
const NEXT_PORT = Number(process.env.BENCH_PORT ?? 3297);
const BARE_PORT = NEXT_PORT + 1;
const DIST = ".next-bench-scale";
const BIG_TABLE_ROWS = 10_000;
const POOL = 10;

const LOOPBACK = ["localhost", "127.0.0.1", "::1", "[::1]"];
if (!LOOPBACK.includes(new URL(SERVER).hostname)) throw new Error(`The benchmark only targets this machine; refusing ${SERVER}.`);

type Stats = { p50: number; p95: number; mean: number; n: number };
type Endpoint = "feed" | "dashboard" | "today";
const ENDPOINTS: Endpoint[] = ["feed", "dashboard", "today"];

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), mean: s.reduce((a, b) => a + b, 0) / s.length, n: s.length };
}
const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

function urlFor(name: string) {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
}

const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
const databases = new Set<string>();
const children = new Set<ChildProcess>();

async function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  for (const name of databases) {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    console.log(`dropped ${name}`);
  }
  databases.clear();
}

type Seeded = {
  name: string;
  url: string;
  clubIds: string[];
  userIds: string[];
  counts: Record<string, number>;
};

async function createSeeded(checkins: number): Promise<Seeded> {
  const name = `rf_bench_${Date.now()}`;
  await admin.unsafe(`create database "${name}"`);
  databases.add(name);
  const url = urlFor(name);
  const handle = openPostgres(url, 2);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await runMigrations(handle);
    await ensureBuiltInTemplates(handle.db);
    const users = Math.max(2, Math.round(checkins / CHECKINS_PER_RUNNER));
    const clubs = Math.max(1, Math.round(users / RUNNERS_PER_CLUB));
    const bar = new SingleBar({ format: `  seeding ${name} [{bar}] {percentage}% | {value}/{total} rows | {duration}s` }, Presets.shades_classic);
    const started = Date.now();
    bar.start(users + checkins, 0);
    const { clubIds, userIds } = await bulkSeed(sql, { users, clubs, checkins, onProgress: (done) => bar.update(done) });
    bar.stop();
    const seeded = Date.now();
    // One block per 20 check-ins, as in dashboard.ts: every member has an active block and some history.
    await seedBlocks(sql, { blocks: Math.round(checkins / 20) });
    // Feed pages carry reaction and comment counts: give half the shares a cheer from the club's owner, a third a
    // "got this" from its coach, and a quarter a comment, so those lookups run against real tables too.
    await sql`
      insert into reactions (checkin_id, club_id, user_id, kind, created_at)
      select s.checkin_id, s.club_id, m.user_id, (case m.role when 'owner' then 'cheer' else 'got_this' end)::reaction_kind, s.shared_at
      from checkin_shares s join club_members m on m.club_id = s.club_id and m.role in ('owner', 'coach')
      where abs(hashtext(s.checkin_id::text)) % (case m.role when 'owner' then 2 else 3 end) = 0`;
    await sql`
      insert into comments (checkin_id, club_id, author_id, body, created_at, updated_at)
      select s.checkin_id, s.club_id, m.user_id, 'Nice one, keep it easy tomorrow', s.shared_at, s.shared_at
      from checkin_shares s join club_members m on m.club_id = s.club_id and m.role = 'owner'
      where abs(hashtext(s.checkin_id::text || 'c')) % 4 = 0`;
    await sql`analyze reactions, comments`;
    await sql`vacuum analyze`; // as autovacuum would after the load, so index-only scans need no heap visits
    const [counts] = (await sql`
      select (select count(*)::int from users) users, (select count(*)::int from clubs) clubs,
        (select count(*)::int from checkins) checkins, (select count(*)::int from checkin_shares) shares,
        (select count(*)::int from recovery_blocks) blocks, (select count(*)::int from block_days) block_days,
        (select count(*)::int from training_sessions) sessions,
        (select count(*)::int from reactions) reactions, (select count(*)::int from comments) comments`) as unknown as [Record<string, number>];
    console.log(
      `  seeded in ${((seeded - started) / 1000).toFixed(1)} s (+ blocks ${((Date.now() - seeded) / 1000).toFixed(1)} s):`,
      Object.entries(counts!).map(([k, v]) => `${k} ${v.toLocaleString("en")}`).join(", "),
    );
    return { name, url, clubIds, userIds, counts: counts! };
  } finally {
    await sql.end({ timeout: 5 });
    await handle.close();
  }
}

/** Who calls what: club owners read their feed and dashboard, members (all with an active block) open Today. */
function callers(db: Db, seeded: Seeded) {
  const clubs = seeded.clubIds.length;
  const firstMember = 2 * clubs; // bulkSeed: users 0..clubs-1 own, clubs..2*clubs-1 coach, the rest are members
  const members = seeded.userIds.length - firstMember;
  const as = (userId: string) => createCaller(createInnerContext({ db, user: { id: userId }, ip: "bench" }));
  return {
    feed: (i: number) => as(seeded.userIds[i % clubs]!).feed.list({ clubId: seeded.clubIds[i % clubs]!, limit: 20 }),
    dashboard: (i: number) => as(seeded.userIds[i % clubs]!).dashboard.athletes({ clubId: seeded.clubIds[i % clubs]!, limit: 50 }),
    today: (i: number) => as(seeded.userIds[firstMember + (i % members)]!).blocks.today(),
  } satisfies Record<Endpoint, (i: number) => Promise<unknown>>;
}

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

type Work = { buffers: number; execMs: number };

/**
 * Load-independent growth: the shared buffers (8 kB pages, hit or read) and the server-side execution time each call's
 * statements need, from EXPLAIN (ANALYZE, BUFFERS) on a warm cache. All three calls only read: Today derives a past
 * block's "finished" status on read instead of updating it.
 */
async function measureWork(seeded: Seeded): Promise<Record<Endpoint, Work>> {
  const client = postgres(seeded.url, { max: 2, onnotice: () => {} });
  let captured: { query: string; params: unknown[] }[] = [];
  const db = drizzle(client, { schema, logger: { logQuery: (query, params) => void captured.push({ query, params }) } }) as unknown as Db;
  const call = callers(db, seeded);
  const out = {} as Record<Endpoint, Work>;
  try {
    for (const endpoint of ENDPOINTS) {
      captured = [];
      await call[endpoint](1);
      const work: Work = { buffers: 0, execMs: 0 };
      for (const { query, params } of captured) {
        if (!/^\s*(select|with|insert|update|delete)\b/i.test(query)) continue;
        await client.unsafe(`explain (analyze, buffers, format json) ${query}`, params as never[]); // warm
        const [row] = (await client.unsafe(`explain (analyze, buffers, format json) ${query}`, params as never[])) as unknown as [
          { "QUERY PLAN": [{ Plan: Record<string, number>; "Execution Time": number }] },
        ];
        const plan = row!["QUERY PLAN"][0];
        work.buffers += (plan.Plan["Shared Hit Blocks"] ?? 0) + (plan.Plan["Shared Read Blocks"] ?? 0);
        work.execMs += plan["Execution Time"];
      }
      out[endpoint] = work;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  return out;
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

/** Captures the SQL each call sends (a logger on a dedicated handle), then EXPLAINs each statement with its params. */
async function explainChecks(seeded: Seeded): Promise<boolean> {
  const client = postgres(seeded.url, { max: 2, onnotice: () => {} });
  let captured: { query: string; params: unknown[] }[] = [];
  const db = drizzle(client, { schema, logger: { logQuery: (query, params) => void captured.push({ query, params }) } }) as unknown as Db;
  const call = callers(db, seeded);
  const sizes = new Map<string, number>(
    ((await client`select relname, reltuples::bigint as n from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`) as unknown as {
      relname: string;
      n: string;
    }[]).map((r) => [r.relname, Number(r.n)]),
  );
  let ok = true;
  try {
    for (const endpoint of ENDPOINTS) {
      captured = [];
      await call[endpoint](0);
      console.log(`  ${endpoint}: ${captured.length} statements`);
      for (const [i, { query, params }] of captured.entries()) {
        if (!/^\s*(select|with|insert|update|delete)\b/i.test(query)) continue;
        const [row] = (await client.unsafe(`explain (format json) ${query}`, params as never[])) as unknown as [{ "QUERY PLAN": [{ Plan: PlanNode }] }];
        const scans: string[] = [];
        const bad: string[] = [];
        const walk = (node: PlanNode) => {
          const rel = node["Relation Name"];
          if (node["Index Name"]) scans.push(`${node["Node Type"]} ${node["Index Name"]}`);
          else if (node["Node Type"] === "Seq Scan" && rel) {
            const rows = sizes.get(rel) ?? 0;
            scans.push(`Seq Scan ${rel} (~${rows.toLocaleString("en")} rows)`);
            if (rows > BIG_TABLE_ROWS) bad.push(rel);
          }
          node.Plans?.forEach(walk);
        };
        walk(row!["QUERY PLAN"][0].Plan);
        const verb = query.trim().split(/\s+/)[0]!.toLowerCase();
        const tables = [...new Set([...query.matchAll(/(?:from|join|update|into)\s+"?([a-z_]+)/gi)].map((m) => m[1]!))]
          .filter((t) => sizes.has(t))
          .join(", ");
        console.log(`    ${bad.length ? "SEQ SCAN ON A BIG TABLE" : "ok"}  #${i + 1} ${verb} ${tables}: ${scans.join("; ") || "no table scans"}`);
        if (bad.length) {
          ok = false;
          console.log(`      ${query}`);
        }
      }
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  return ok;
}

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
  console.log(`Scale benchmark: sizes ${SIZES.join(", ")} check-ins, ${RUNS} runs per endpoint after ${WARMUP} warm-up; load average ${load()}`);
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
  const largest = seededAll.at(-1)!;
  for (const seeded of seededAll.slice(0, -1)) {
    await admin.unsafe(`drop database if exists "${seeded.name}" with (force)`);
    databases.delete(seeded.name);
  }
  console.log(`\nEXPLAIN checks at ${largest.counts.checkins!.toLocaleString("en")} check-ins (seq scans flagged on tables over ${BIG_TABLE_ROWS.toLocaleString("en")} rows):`);
  const explainOk = await explainChecks(largest);
  if (process.env.BENCH_SKIP_HTTP !== "1") await compareStacks(largest);

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
  console.log(`EXPLAIN: ${explainOk ? "every statement uses indexes on the big tables" : "SEQ SCANS on big tables (see above)"}`);
  console.log(`load average at the end: ${load()}`);
  if (!explainOk) process.exitCode = 1;
}

process.once("SIGINT", () => {
  void cleanUp().finally(() => process.exit(130));
});

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanUp();
    await admin.end({ timeout: 5 });
  });
