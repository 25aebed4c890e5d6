// When each event was published: live_events.created_at is the app server's clock (new Date()) at publishLive, inside
// the write's transaction, so it comes just before the commit. Published → arrival is therefore an upper bound of
// commit → arrival, tighter than timing from the HTTP request (which adds the whole request before the commit).
import postgres from "postgres";

/** Event id → publish time, as epoch ms (the same system clock as performance.timeOrigin + performance.now()). */
export async function publishedAt(databaseUrl: string, eventIds: string[]): Promise<Map<string, number>> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ id: string; ms: number }[]>`
      select id::text as id, extract(epoch from created_at)::float8 * 1000 as ms
      from live_events where id = any(${eventIds.map(Number)}::bigint[])`;
    return new Map(rows.map((r) => [r.id, r.ms]));
  } finally {
    await sql.end({ timeout: 5 });
  }
}
