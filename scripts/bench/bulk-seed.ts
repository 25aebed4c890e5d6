// Fills a PostgreSQL database fast with users, clubs, memberships, check-ins and club shares, using set-based
// INSERT … SELECT generate_series(…) in batches. Used by the benchmarks; also runnable from the command line:
//   DATABASE_URL=postgres://… npx tsx scripts/bench/bulk-seed.ts --users 20000 --clubs 200 --checkins 1000000
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { hash } from "@node-rs/argon2";
import postgres from "postgres";

export const BENCH_PASSWORD = "bench-password-1";

export type BulkSeedOptions = {
  users: number;
  clubs: number;
  checkins: number;
  onProgress?: (done: number, total: number) => void;
};

const BATCH = 100_000;

/**
 * Ids are "<run>-<kind>-4000-8000-<n in hex>": unique per run, known without reading them back, and ascending, so
 * primary-key inserts append to the index instead of landing at random pages (much faster than random uuids).
 */
function seqUuid(run: string, kind: number, n: number): string {
  return `${run}-${kind.toString(16).padStart(4, "0")}-4000-8000-${n.toString(16).padStart(12, "0")}`;
}
const KIND = { club: 1, user: 2, checkin: 3 } as const;

/**
 * Users are spread round-robin across clubs (user n joins club n % clubs); the first user of each club owns it and the
 * second coaches it. Check-in i belongs to user i / D, on the day i % D days ago (D = ceil(check-ins / users)), so
 * (user, day) stays unique.
 * Visibility is about a third each of private / coaches / clubs; verdicts are mostly steady with a realistic share of
 * push, hold back and reset. Club-visible check-ins are shared with the author's club. Emails: bench-<tag>-<n>@bench.test.
 */
export async function bulkSeed(sql: postgres.Sql, opts: BulkSeedOptions): Promise<{ clubIds: string[]; userIds: string[] }> {
  if (opts.users < 1 || opts.clubs < 1 || opts.clubs > opts.users) throw new Error("need at least one user per club");
  const run = createHash("md5").update(`${Date.now()}-${Math.random()}`).digest("hex").slice(0, 8);
  const tag = run;
  // Check-ins run user by user (D days each), so a batch touches each user's index pages together.
  const daysPerUser = Math.ceil(opts.checkins / opts.users);
  const passwordHash = await hash(BENCH_PASSWORD);
  const total = opts.users + opts.checkins;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.(done, total);
  };

  await sql.begin(async (tx) => {
    await tx`set local synchronous_commit = off`;
    await tx`
      insert into clubs (id, slug, name, description, privacy, join_policy, member_count)
      select (${run} || '-0001-4000-8000-' || lpad(to_hex(c), 12, '0'))::uuid, 'bench-' || ${tag} || '-' || c, 'Bench Club ' || c, 'Benchmark club', 'public', 'open', 0
      from generate_series(0, ${opts.clubs - 1}::int) c`;
    for (let start = 0; start < opts.users; start += BATCH) {
      const end = Math.min(opts.users, start + BATCH) - 1;
      await tx`
        insert into users (id, email, name, password_hash, time_zone)
        select (${run} || '-0002-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'bench-' || ${tag} || '-' || n || '@bench.test', 'Runner ' || n, ${passwordHash}, 'UTC'
        from generate_series(${start}::int, ${end}::int) n`;
      await tx`
        insert into club_members (club_id, user_id, role, status)
        select (${run} || '-0001-4000-8000-' || lpad(to_hex(n % ${opts.clubs}::int), 12, '0'))::uuid, (${run} || '-0002-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
          (case when n < ${opts.clubs}::int then 'owner' when n < 2 * ${opts.clubs}::int then 'coach' else 'member' end)::member_role,
          'active'
        from generate_series(${start}::int, ${end}::int) n`;
      progress(end - start + 1);
    }
    await tx`
      update clubs c set member_count = m.n
      from (select club_id, count(*)::int n from club_members where club_id in
              (select (${run} || '-0001-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid from generate_series(0, ${opts.clubs - 1}::int) g)
            group by club_id) m
      where c.id = m.club_id`;
  });

  // Secondary indexes are dropped for the load and rebuilt from their own definitions afterwards: one sort per index
  // is far cheaper than a million scattered index inserts. Primary keys stay, so the load still checks them.
  const secondary = (await sql`
    select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename in ('checkins', 'checkin_shares')
      and indexname not in (select conname from pg_constraint)`) as unknown as { indexname: string; indexdef: string }[];
  for (const ix of secondary) await sql.unsafe(`drop index if exists "${ix.indexname}"`);
  try {
    for (let start = 0; start < opts.checkins; start += BATCH) {
      const end = Math.min(opts.checkins, start + BATCH) - 1;
      await sql.begin(async (tx) => {
        await tx`set local synchronous_commit = off`;
        // The coach-view triggers would search check-ins whose indexes are dropped; they are refreshed once below.
        await tx`set local session_replication_role = replica`;
        await tx`
          with src as (
            select i, i / ${daysPerUser}::int as u, i % ${daysPerUser}::int as ago,
                   -- a cheap deterministic spread of values per row
                   (i * 2654435761::bigint) % 1000 as r
            from generate_series(${start}::int, ${end}::int) i
          ), vals as (
            select *,
              1 + (r % 7)::int as mood, 1 + ((r / 7) % 7)::int as energy, 1 + ((r / 49) % 7)::int as sleep,
              1 + ((r / 3) % 5)::int as soreness, 1 + ((r / 11) % 5)::int as stress, 1 + ((r / 13) % 7)::int as motivation,
              (case when r < 150 then 'push' when r < 750 then 'steady' when r < 930 then 'hold_back' else 'reset' end) as verdict,
              (case i % 3 when 0 then 'private' when 1 then 'coaches' else 'clubs' end) as visibility,
              (current_date - ago)::timestamp + interval '6 hours' + ((r * 37) % 50000) * interval '1 second' as at
            from src
          ), ins as (
            insert into checkins (id, user_id, date, mood, energy, sleep_quality, soreness, stress, motivation, legs,
              easy_effort_harder, easy_heart_rate, note, visibility, verdict, reasons, burnout_flag, wellness_index, created_at, updated_at)
            select (${run} || '-0003-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
              (${run} || '-0002-4000-8000-' || lpad(to_hex(u), 12, '0'))::uuid, current_date - ago, mood, energy, sleep, soreness, stress, motivation,
              (case when verdict in ('hold_back', 'reset') then 'heavy' when verdict = 'push' then 'responsive' else 'normal' end)::legs_feel,
              verdict in ('hold_back', 'reset'),
              (case when verdict in ('hold_back', 'reset') then 'higher' else 'normal' end)::easy_heart_rate,
              'Bench check-in ' || i, visibility::checkin_visibility, verdict::verdict,
              case when verdict in ('hold_back', 'reset') then array['legs heavy early', 'heart rate higher than usual at easy effort']
                   when verdict = 'push' then array['legs feel responsive', 'recent training stable and repeatable']
                   else array['no strong signals either way: run the plan as written'] end,
              verdict = 'reset' and r % 2 = 0,
              (8 - sleep) + (8 - energy) + stress + soreness, at, at
            from vals
            returning 1
          )
          -- Ids are known up front, so the shares need no read-back or join: user u is in club u % clubs.
          insert into checkin_shares (club_id, checkin_id, user_id, shared_at)
          select (${run} || '-0001-4000-8000-' || lpad(to_hex(u % ${opts.clubs}::int), 12, '0'))::uuid,
            (${run} || '-0003-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
            (${run} || '-0002-4000-8000-' || lpad(to_hex(u), 12, '0'))::uuid, at
          from vals where visibility = 'clubs'`;
      });
      progress(end - start + 1);
    }
  } finally {
    await sql`set maintenance_work_mem = '256MB'`;
    for (const ix of secondary) await sql.unsafe(ix.indexdef);
  }
  await sql`analyze users, clubs, club_members, checkins, checkin_shares`;
  // After ANALYZE: with the load's stale statistics the per-member lookup would be planned as a sequential scan.
  await sql`select refresh_coach_checkins(array(select id from users))`;

  return {
    clubIds: Array.from({ length: opts.clubs }, (_, c) => seqUuid(run, KIND.club, c)),
    userIds: Array.from({ length: opts.users }, (_, n) => seqUuid(run, KIND.user, n)),
  };
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the PostgreSQL database to fill (it must be migrated).");
  const { SingleBar, Presets } = await import("cli-progress");
  const bar = new SingleBar({ format: "seeding [{bar}] {percentage}% | {value}/{total} rows | {duration}s" }, Presets.shades_classic);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const opts = { users: arg("users", 20_000), clubs: arg("clubs", 200), checkins: arg("checkins", 1_000_000) };
  const started = Date.now();
  bar.start(opts.users + opts.checkins, 0);
  try {
    await bulkSeed(sql, { ...opts, onProgress: (done) => bar.update(done) });
  } finally {
    bar.stop();
    await sql.end();
  }
  console.log(`Seeded ${opts.users} users, ${opts.clubs} clubs, ${opts.checkins} check-ins in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
