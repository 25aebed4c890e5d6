// Feed benchmark (not part of npm test): npx tsx scripts/bench/feed.ts
// Creates its own database on the local PostgreSQL server, seeds 1,000,000 check-ins across 200 clubs and 20,000 users,
// then measures a page of 20 of the club feed through the server-side caller and over HTTP against `next start`,
// and counts SQL queries per page for page sizes 10/20/50. Drops the database at the end unless BENCH_KEEP=1.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SingleBar, Presets } from "cli-progress";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { openPostgres } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import * as schema from "@/db/schema";
import { createCaller } from "@/server/routers/_app";
import { createInnerContext } from "@/server/trpc";
import { percentile, Session } from "../load/http-client";
import { BENCH_PASSWORD, bulkSeed } from "./bulk-seed";

const SERVER = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SIZE = { users: 20_000, clubs: 200, checkins: 1_000_000 };
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const PORT = Number(process.env.BENCH_PORT ?? 3199);
const DIST = ".next-bench";

const ms = (n: number) => `${n.toFixed(2)} ms`;
const report = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} p50 ${ms(percentile(sorted, 50)).padStart(10)}   p95 ${ms(percentile(sorted, 95)).padStart(10)}   (n=${samples.length})`);
};

async function measureCaller(db: Db, clubIds: string[], userIds: string[]) {
  const samples: number[] = [];
  // The first user of each club owns it; walk clubs round-robin, first page then the next one through the cursor.
  for (let i = 0; i < RUNS + 20; i++) {
    const c = i % clubIds.length;
    const api = createCaller(createInnerContext({ db, user: { id: userIds[c]! }, ip: "bench" }));
    let t = performance.now();
    const first = await api.feed.list({ clubId: clubIds[c]!, limit: 20 });
    const a = performance.now() - t;
    t = performance.now();
    await api.feed.list({ clubId: clubIds[c]!, limit: 20, cursor: first.nextCursor });
    const b = performance.now() - t;
    if (i >= 20) samples.push(a, b); // the first 20 rounds warm caches and the pool
  }
  return samples;
}

async function countQueries(url: string, clubId: string, userId: string) {
  const client = postgres(url, { max: 2, onnotice: () => {} });
  let n = 0;
  const db = drizzle(client, { schema, logger: { logQuery: () => void n++ } }) as unknown as Db;
  const api = createCaller(createInnerContext({ db, user: { id: userId }, ip: "bench" }));
  const out: string[] = [];
  for (const limit of [10, 20, 50]) {
    n = 0;
    const page = await api.feed.list({ clubId, limit });
    out.push(`page of ${limit}: ${n} queries (${page.items.length} items)`);
  }
  await client.end();
  return out;
}

async function waitForHealth(base: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error("next start exited early");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not become healthy");
}

async function measureHttp(url: string, clubId: string, email: string) {
  const root = process.cwd();
  const { buildIfNeeded } = (await import(pathToFileURL(path.join(root, "scripts", "build-if-needed.mjs")).href)) as {
    buildIfNeeded: (root: string, distDir: string) => void;
  };
  buildIfNeeded(root, DIST);
  const base = `http://localhost:${PORT}`;
  const server = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)], {
    env: { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: DIST, NODE_ENV: "production", RF_SEED_DEMO: "0", AUTH_TRUST_HOST: "true", PORT: String(PORT) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth(base, server);
    const session = new Session(base);
    await session.signIn(email, BENCH_PASSWORD);
    const cookie = session.cookieHeader();

    const get = async (cursor: string | null) => {
      const input = encodeURIComponent(JSON.stringify({ json: { clubId, limit: 20, cursor } }));
      const t = performance.now();
      const res = await fetch(`${base}/api/trpc/feed.list?input=${input}`, { headers: { cookie } });
      const body = (await res.json()) as { result?: { data: { json: { items: unknown[]; nextCursor: string | null } } } };
      const took = performance.now() - t;
      if (!res.ok || !body.result) throw new Error(`feed.list over HTTP failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
      return { took, next: body.result.data.json.nextCursor, items: body.result.data.json.items.length };
    };
    const samples: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < RUNS + 20; i++) {
      const r = await get(cursor);
      if (i >= 20) samples.push(r.took);
      cursor = r.next && i % 5 !== 4 ? r.next : null; // walk 5 pages deep, then start over
    }
    return samples;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main() {
  // BENCH_REUSE=<database> measures an already seeded database (kept with BENCH_KEEP=1) instead of building one.
  const reuse = process.env.BENCH_REUSE;
  const name = reuse ?? `rf_bench_${Date.now()}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  if (!reuse) await admin.unsafe(`create database "${name}"`);
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  const url = u.toString();
  console.log(`Database ${name}`);
  const handle = openPostgres(url, 10);
  try {
    const seedSql = postgres(url, { max: 1, onnotice: () => {} });
    let clubIds: string[], userIds: string[];
    if (reuse) {
      // Club c's owner is the first user seeded for it, as bulkSeed returns them.
      const owners = (await seedSql`select club_id::text, user_id::text from club_members where role = 'owner' order by club_id`) as unknown as {
        club_id: string; user_id: string;
      }[];
      clubIds = owners.map((o) => o.club_id);
      userIds = owners.map((o) => o.user_id);
    } else {
      await runMigrations(handle);
      const bar = new SingleBar({ format: "seeding [{bar}] {percentage}% | {value}/{total} rows | {duration}s" }, Presets.shades_classic);
      const started = Date.now();
      bar.start(SIZE.users + SIZE.checkins, 0);
      ({ clubIds, userIds } = await bulkSeed(seedSql, { ...SIZE, onProgress: (done) => bar.update(done) }));
      bar.stop();
      const [{ shares }] = (await seedSql`select count(*)::int as shares from checkin_shares`) as unknown as [{ shares: number }];
      console.log(`Seeded ${SIZE.checkins.toLocaleString()} check-ins (${shares.toLocaleString()} club shares), ${SIZE.users} users, ${SIZE.clubs} clubs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      // As autovacuum would after such a load: index-only scans need the visibility map.
      await seedSql`vacuum analyze`;
    }
    const [{ email }] = (await seedSql`select email from users where id = ${userIds[0]!}`) as unknown as [{ email: string }];
    await seedSql.end();

    console.log("\nSQL queries per feed page (membership check + one page query with reactions and comment counts):");
    for (const line of await countQueries(url, clubIds[0]!, userIds[0]!)) console.log(`  ${line}`);

    console.log(`\nLatency of feed.list, page of 20 (first pages and cursor pages):`);
    report("server-side caller", await measureCaller(handle.db, clubIds, userIds));
    if (process.env.BENCH_SKIP_HTTP !== "1") report("HTTP, next start, one client", await measureHttp(url, clubIds[0]!, email));
  } finally {
    await handle.close();
    if (process.env.BENCH_KEEP || reuse) console.log(`Kept ${name}`);
    else {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      console.log(`Dropped ${name}`);
    }
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
