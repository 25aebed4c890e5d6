// Shared by the scale benchmarks (growth.ts, query-plans.ts, stack-overhead.ts): a database seeded at a given number of
// check-ins on the local server (dropped at exit), the three calls they measure, a handle that records the SQL those
// calls send, and small timing helpers. Loopback only.
import type { ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
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
import { percentile } from "../load/http-client";
import { bulkSeed } from "./bulk-seed";
import { seedBlocks } from "./seed-blocks";

export const SERVER = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const POOL = 10;
const CHECKINS_PER_RUNNER = 50;
const RUNNERS_PER_CLUB = 100;

const LOOPBACK = ["localhost", "127.0.0.1", "::1", "[::1]"];
if (!LOOPBACK.includes(new URL(SERVER).hostname)) throw new Error(`The benchmark only targets this machine; refusing ${SERVER}.`);

export type Stats = { p50: number; p95: number; mean: number; n: number };
export type Endpoint = "feed" | "dashboard" | "today";
export const ENDPOINTS: Endpoint[] = ["feed", "dashboard", "today"];

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), mean: s.reduce((a, b) => a + b, 0) / s.length, n: s.length };
}
export const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
export const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

function urlFor(name: string) {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
}

const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
const databases = new Set<string>();
/** Servers a benchmark started; killed at exit. */
export const children = new Set<ChildProcess>();

async function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  for (const name of databases) {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    console.log(`dropped ${name}`);
  }
  databases.clear();
}

/** Runs a benchmark's main, then drops its databases and stops its servers, on success, failure or Ctrl-C. */
export function runBenchmark(main: () => Promise<void>) {
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
}

export type Seeded = {
  name: string;
  url: string;
  clubIds: string[];
  userIds: string[];
  counts: Record<string, number>;
};

/** A fresh rf_bench_<ms> database: 50 check-ins per runner, clubs of 100, recovery blocks, recent training. */
export async function createSeeded(checkins: number): Promise<Seeded> {
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
export function callers(db: Db, seeded: Seeded) {
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

/** The statements EXPLAIN can take (not BEGIN, SET and the like). */
export const isExplainable = (query: string) => /^\s*(select|with|insert|update|delete)\b/i.test(query);

/** A database handle on its own client that records every statement sent through it, with its params. */
export function recordingDb(url: string) {
  const client = postgres(url, { max: 2, onnotice: () => {} });
  const recorded: { query: string; params: unknown[] }[] = [];
  const db = drizzle(client, { schema, logger: { logQuery: (query, params) => void recorded.push({ query, params }) } }) as unknown as Db;
  return {
    client,
    db,
    /** Runs fn and returns the statements it sent. */
    async record(fn: () => Promise<unknown>) {
      recorded.length = 0;
      await fn();
      return [...recorded];
    },
  };
}

/** What one call costs PostgreSQL itself: the summed EXPLAIN (ANALYZE, BUFFERS) of its statements, on a warm cache. */
export type Work = { buffers: number; execMs: number };

/** The statements `fn` sends through a recording handle on `url`, each explained twice (warm, then measured). */
export async function explainWork(url: string, fn: (db: Db) => Promise<unknown>): Promise<Work> {
  const { client, db, record } = recordingDb(url);
  try {
    const statements = await record(() => fn(db));
    const work: Work = { buffers: 0, execMs: 0 };
    for (const { query, params } of statements) {
      if (!isExplainable(query)) continue;
      await client.unsafe(`explain (analyze, buffers, format json) ${query}`, params as never[]);
      const [row] = (await client.unsafe(`explain (analyze, buffers, format json) ${query}`, params as never[])) as unknown as [
        { "QUERY PLAN": [{ Plan: Record<string, number>; "Execution Time": number }] },
      ];
      const plan = row!["QUERY PLAN"][0];
      work.buffers += (plan.Plan["Shared Hit Blocks"] ?? 0) + (plan.Plan["Shared Read Blocks"] ?? 0);
      work.execMs += plan["Execution Time"];
    }
    return work;
  } finally {
    await client.end({ timeout: 5 });
  }
}

export const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
