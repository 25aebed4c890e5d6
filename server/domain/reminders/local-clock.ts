import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/** Morning reminders (block day, group run day, the day after a race) go out at 07:00 on the recipient's clock. */
export const MORNING_MIN = 7 * 60;
/** A group run's second reminder, this long before it starts. */
export const GROUP_RUN_SOON_MIN = 3 * 60;
/** The coach digest, at 07:00 on the coach's clock; weekly digests on Mondays (ISO day 1). */
export const DIGEST_MIN = 7 * 60;
export const WEEKLY_DIGEST_ISODOW = 1;
/** How late a local-minute reminder may still go: a spring-forward skips an hour, a worker may have been down. */
export const LOCAL_CATCH_UP_MIN = 180;

/** `now` on the wall clock of the zone held in `zoneColumn` (a timestamp without zone), as SQL. */
export function localAt(now: Date, zoneColumn: SQLWrapper): SQL {
  return sql`(${now.toISOString()}::timestamptz at time zone ${zoneColumn})`;
}

/** True from `minute` (after local midnight) until the catch-up window closes, on that local clock. */
export function localMinuteReached(local: SQL, minute: number | SQL): SQL {
  return sql`extract(hour from ${local}) * 60 + extract(minute from ${local}) - ${minute} between 0 and ${LOCAL_CATCH_UP_MIN - 1}`;
}

export function localDayOf(local: SQL): SQL<string> {
  return sql<string>`to_char(${local}, 'YYYY-MM-DD')`;
}
