// Set-based recovery blocks, block days and recent training for benchmark databases filled by bulkSeed. Shared by
// dashboard.ts (one big club) and the scale benchmarks via scale-helpers.ts (many clubs of 100).
import { drizzle } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { refreshBlockSummary } from "@/server/domain/blocks/refresh-block-summary";

/** Block ids per refreshBlockSummary call: one bound parameter each, well under PostgreSQL's 65,535. */
const SUMMARY_BATCH = 10_000;

export type SeedBlocksOptions = {
  /** Total recovery blocks to create. */
  blocks: number;
  /** Only this club's members; every club when omitted. */
  clubId?: string;
};

/**
 * Each member gets one active block (a down week that started 3 days ago) and a history of completed ones every two
 * weeks before it, until there are `blocks` in all; the club's coach assigned them. Then the block days, the per-block
 * day summary the app keeps in step with them (refreshBlockSummary), and three weeks of recent training, some
 * of it on rest days, so the "overdoing it" check has work to do. Built-in templates must exist.
 */
export async function seedBlocks(sql: postgres.Sql, opts: SeedBlocksOptions): Promise<void> {
  const inClub = opts.clubId ? sql`and club_id = ${opts.clubId}` : sql``;
  const [{ members }] = (await sql`select count(*)::int as members from club_members where role = 'member' ${inClub}`) as unknown as [
    { members: number },
  ];
  if (members === 0) return;
  await sql`
    insert into recovery_blocks (athlete_id, club_id, coach_id, template_id, name, phase, start_date, end_date, status, created_at)
    select m.user_id, m.club_id, coach.user_id, t.id, t.name, t.phase,
      current_date - (3 + k * 14), current_date - (3 + k * 14) + 6,
      (case when k = 0 then 'active' else 'completed' end)::block_status,
      now() - make_interval(days => 3 + k * 14)
    from (select user_id, club_id, row_number() over (order by user_id) as rn from club_members where role = 'member' ${inClub}) m
    cross join generate_series(0, ${Math.ceil(opts.blocks / members)}::int) k
    cross join lateral (select user_id from club_members c where c.club_id = m.club_id and c.role = 'coach' limit 1) coach
    cross join (select id, name, phase from block_templates where key = 'down-week' and club_id is null) t
    order by k, m.rn
    limit ${opts.blocks}`;
  await sql`
    insert into block_days (block_id, athlete_id, date, day_index, kind, volume_percent, notes, status)
    select b.id, b.athlete_id, b.start_date + d.i, d.i, td.kind, td.volume_percent, td.notes,
      (case when b.start_date + d.i >= current_date then 'pending'
            when random() < 0.7 then 'done' when random() < 0.5 then 'partial' else 'skipped' end)::block_day_status
    from recovery_blocks b
    join block_templates t on t.key = 'down-week' and t.club_id is null
    cross join generate_series(0, 6) d(i)
    join block_template_days td on td.template_id = t.id and td.day_index = d.i
    where true ${opts.clubId ? sql`and b.club_id = ${opts.clubId}` : sql``}`;
  // The day summary, through the app's own refreshBlockSummary so the two cannot drift; in batches, as it takes ids.
  const db = drizzle(sql, { schema }) as unknown as Db;
  const ids = ((await sql`select id::text from recovery_blocks order by id`) as unknown as { id: string }[]).map((r) => r.id);
  for (let i = 0; i < ids.length; i += SUMMARY_BATCH) await refreshBlockSummary(db, ids.slice(i, i + SUMMARY_BATCH));
  await sql`
    insert into training_sessions (user_id, date, type, duration_min, distance_m)
    select m.user_id, current_date - g, (case when random() < 0.8 then 'easy' else 'tempo' end)::session_type, 40, 8000
    from club_members m cross join generate_series(1, 21) g
    where random() < 0.6 ${inClub}`;
  await sql`analyze`;
}
