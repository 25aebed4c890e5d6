// Benchmarks the coach's triage dashboard through the tRPC caller on PostgreSQL:
// one club of 2,000 athletes, 1,000,000 check-ins and 50,000 recovery blocks (350,000 block days).
//   npx tsx scripts/bench/dashboard.ts            (BENCH_SERVER_URL overrides the server)
// It creates its own database rf_bench_<ms> and drops it at the end unless BENCH_KEEP=1; a BENCH_REUSE database is kept.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db, DbHandle } from "@/db/client";
import { openPostgres } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import * as schema from "@/db/schema";
import { ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import { createCaller } from "@/server/routers/_app";
import { createInnerContext } from "@/server/trpc";
import { percentile } from "../load/http-client";
import { bulkSeed } from "./bulk-seed";
import { seedBlocks } from "./seed-blocks";

const SERVER = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ATHLETES = 2000;
const CHECKINS = 1_000_000;
const BLOCKS = 50_000;
const RUNS = 300;

function urlFor(name: string) {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
}

// Migrates and seeds the fresh database; returns the club's id.
async function seed(handle: DbHandle, sql: postgres.Sql) {
  await runMigrations(handle);
  await ensureBuiltInTemplates(handle.db);
  let t0 = Date.now();
  const { clubIds } = await bulkSeed(sql, { users: ATHLETES, clubs: 1, checkins: CHECKINS });
  const clubId = clubIds[0]!;
  console.log(`bulk seed (users, check-ins, shares): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  t0 = Date.now();
  await seedBlocks(sql, { blocks: BLOCKS, clubId });
  const [counts] = await sql<{ blocks: number; days: number; checkins: number; sessions: number }[]>`
    select (select count(*)::int from recovery_blocks) blocks, (select count(*)::int from block_days) days,
           (select count(*)::int from checkins) checkins, (select count(*)::int from training_sessions) sessions`;
  console.log(`blocks and days: ${((Date.now() - t0) / 1000).toFixed(1)} s`, counts);
  // A live database's autovacuum would have done this after such a load (PostgreSQL 13+ vacuums after inserts too);
  // without it every index-only probe of the fresh tables still visits the heap.
  await sql`vacuum analyze`;
  return clubId;
}

async function main() {
  // BENCH_REUSE=<database> measures an already seeded database (kept with BENCH_KEEP=1) instead of building one.
  const reuse = process.env.BENCH_REUSE;
  const name = reuse ?? `rf_bench_${Date.now()}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  if (!reuse) await admin.unsafe(`create database "${name}"`);
  console.log(`database ${name}`);
  const handle = openPostgres(urlFor(name), 5);
  const sql = postgres(urlFor(name), { max: 2, onnotice: () => {} });
  let queries = 0;
  const counted = postgres(urlFor(name), { max: 5, onnotice: () => {} });
  try {
    const clubId = reuse ? (await sql<{ id: string }[]>`select id from clubs limit 1`)[0]!.id : await seed(handle, sql);

    const [coach] = await sql<{ user_id: string }[]>`select user_id from club_members where club_id = ${clubId} and role = 'owner'`;
    const db = drizzle(counted, { schema, logger: { logQuery: () => void queries++ } }) as unknown as Db;
    const caller = createCaller(createInnerContext({ db, user: { id: coach!.user_id }, ip: "bench" }));

    const measure = async (label: string, cursorPage: boolean) => {
      let cursor: Awaited<ReturnType<typeof caller.dashboard.athletes>>["nextCursor"] = null;
      if (cursorPage) cursor = (await caller.dashboard.athletes({ clubId, limit: 50 })).nextCursor;
      for (let i = 0; i < 20; i++) await caller.dashboard.athletes({ clubId, limit: 50, cursor }); // warm-up
      const times: number[] = [];
      const perRequest = new Set<number>();
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        queries = 0;
        const start = performance.now();
        const page = await caller.dashboard.athletes({ clubId, limit: 50, cursor });
        times.push(performance.now() - start);
        perRequest.add(queries);
        rows = page.rows.length;
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms ` +
          `over ${RUNS} requests; ${rows} rows; queries per request: ${[...perRequest].join(", ")}`,
      );
    };
    await measure("dashboard page 1 (2,000 athletes, 50 rows)", false);
    await measure("dashboard page 2 (keyset cursor)", true);
  } finally {
    await counted.end({ timeout: 5 });
    await sql.end({ timeout: 5 });
    await handle.close();
    // A reused database was seeded by an earlier run and is kept, as feed.ts does.
    if (process.env.BENCH_KEEP || reuse) console.log(`kept ${name}`);
    else {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      console.log(`dropped ${name}`);
    }
    await admin.end({ timeout: 5 });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
