// Benchmarks the coach's triage dashboard through the tRPC caller on PostgreSQL:
// one club of 2,000 athletes, 1,000,000 check-ins and 50,000 recovery blocks (350,000 block days).
//   npx tsx scripts/bench/dashboard.ts            (BENCH_SERVER_URL overrides the server)
// It creates its own database rf_bench_<ms> and drops it at the end.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { openPostgres } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import * as schema from "@/db/schema";
import { ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import { createCaller } from "@/server/routers/_app";
import { createInnerContext } from "@/server/trpc";
import { bulkSeed } from "./bulk-seed";

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

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

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
    const clubId = reuse ? (await sql<{ id: string }[]>`select id from clubs limit 1`)[0]!.id : await seed();

  async function seed() {
    await runMigrations(handle);
    await ensureBuiltInTemplates(handle.db);
    let t0 = Date.now();
    const { clubIds } = await bulkSeed(sql, { users: ATHLETES, clubs: 1, checkins: CHECKINS });
    const clubId = clubIds[0]!;
    console.log(`bulk seed (users, check-ins, shares): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    t0 = Date.now();
    // Blocks, set-based: each member gets one active block (a down week that started 3 days ago) and a history of
    // completed ones every two weeks before it, until there are 50,000 in all.
    await sql`
      insert into recovery_blocks (athlete_id, club_id, coach_id, template_id, name, phase, start_date, end_date, status, created_at)
      select m.user_id, m.club_id, coach.user_id, t.id, t.name, t.phase,
        current_date - (3 + k * 14), current_date - (3 + k * 14) + 6,
        (case when k = 0 then 'active' else 'completed' end)::block_status,
        now() - make_interval(days => 3 + k * 14)
      from (select user_id, club_id, row_number() over (order by user_id) as rn from club_members where club_id = ${clubId} and role = 'member') m
      cross join generate_series(0, ${Math.ceil(BLOCKS / (ATHLETES - 2))}::int) k
      cross join (select user_id from club_members where club_id = ${clubId} and role = 'coach' limit 1) coach
      cross join (select id, name, phase from block_templates where key = 'down-week' and club_id is null) t
      order by k, m.rn
      limit ${BLOCKS}`;
    await sql`
      insert into block_days (block_id, athlete_id, date, day_index, kind, volume_percent, notes, status)
      select b.id, b.athlete_id, b.start_date + d.i, d.i, td.kind, td.volume_percent, td.notes,
        (case when b.start_date + d.i >= current_date then 'pending'
              when random() < 0.7 then 'done' when random() < 0.5 then 'partial' else 'skipped' end)::block_day_status
      from recovery_blocks b
      join block_templates t on t.key = 'down-week' and t.club_id is null
      cross join generate_series(0, 6) d(i)
      join block_template_days td on td.template_id = t.id and td.day_index = d.i
      where b.club_id = ${clubId}`;
    // The per-block day summary the app keeps in step with block_days (see refresh-block-summary.ts), set-based.
    await sql`
      update recovery_blocks b set
        day_count = s.n, done_count = s.done, partial_count = s.partial, last_marked_date = s.last_marked,
        rest_dates = s.rest, no_run_dates = s.no_run
      from (
        select block_id, count(*)::int as n,
          count(*) filter (where status = 'done')::int as done,
          count(*) filter (where status = 'partial')::int as partial,
          max(date) filter (where status <> 'pending') as last_marked,
          coalesce(array_agg(date order by date) filter (where kind = 'rest'), '{}') as rest,
          coalesce(array_agg(date order by date) filter (where kind in ('walk', 'cross_training', 'strength', 'mobility')), '{}') as no_run
        from block_days group by block_id
      ) s
      where b.id = s.block_id`;
    // Recent training, some of it on rest days, so the "overdoing it" check has work to do.
    await sql`
      insert into training_sessions (user_id, date, type, duration_min, distance_m)
      select m.user_id, current_date - g, (case when random() < 0.8 then 'easy' else 'tempo' end)::session_type, 40, 8000
      from club_members m cross join generate_series(1, 21) g
      where m.club_id = ${clubId} and random() < 0.6`;
    await sql`analyze`;
    const [counts] = await sql<{ blocks: number; days: number; checkins: number; sessions: number }[]>`
      select (select count(*)::int from recovery_blocks) blocks, (select count(*)::int from block_days) days,
             (select count(*)::int from checkins) checkins, (select count(*)::int from training_sessions) sessions`;
    console.log(`blocks and days: ${((Date.now() - t0) / 1000).toFixed(1)} s`, counts);
    return clubId;
  }

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
    if (process.env.BENCH_KEEP) console.log(`kept ${name}`);
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
