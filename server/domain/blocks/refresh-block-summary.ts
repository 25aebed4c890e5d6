import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/**
 * Recomputes the day summary kept on recovery_blocks (counts, last marked day, rest and no-running dates) from
 * block_days. Call it inside the transaction that changed the days, so the two never disagree.
 */
export async function refreshBlockSummary(db: DbOrTx, blockIds: string[]): Promise<void> {
  if (blockIds.length === 0) return;
  await db.execute(sql`
    update recovery_blocks b set
      day_count = s.n, done_count = s.done, partial_count = s.partial, last_marked_date = s.last_marked,
      rest_dates = s.rest, no_run_dates = s.no_run, updated_at = now()
    from (
      select block_id,
        count(*)::int as n,
        count(*) filter (where status = 'done')::int as done,
        count(*) filter (where status = 'partial')::int as partial,
        max(date) filter (where status <> 'pending') as last_marked,
        coalesce(array_agg(date order by date) filter (where kind = 'rest'), '{}') as rest,
        coalesce(array_agg(date order by date) filter (where kind in ('walk', 'cross_training', 'strength', 'mobility')), '{}') as no_run
      from block_days
      where block_id in (${sql.join(blockIds.map((id) => sql`${id}::uuid`), sql`, `)})
      group by block_id
    ) s
    where b.id = s.block_id`);
}
