import { sql, type SQL } from "drizzle-orm";
import { RUNNING_SESSION_TYPES } from "@/contract/values";
import type { DbOrTx } from "@/db/client";
import { isCurrentBlock } from "@/server/domain/blocks/block-status";
import { ownedByClubOrSelfStarted } from "@/server/domain/blocks/club-reach";
import { LONGEST_RACE_WINDOW_DAYS } from "@/server/domain/training/race-window";
import { sharedWithClubCoaches } from "@/server/domain/checkins/visibility";
import { keyset } from "@/server/domain/keyset/keyset";
import { RESTING_HR_REASON_PREFIX } from "@/server/domain/readiness/resting-hr";
import { MONOTONY_DAYS } from "@/server/domain/training/monotony";
import type { TriageFilter } from "@/contract/dashboard";
import { preparedPerDb, prepareRaw, rowsOf } from "@/server/domain/queries/prepared-per-db";

import { toDashboardRow, type RawDashboardRow } from "./dashboard-row";

export type { DashboardRow, TrendPoint } from "./dashboard-row";

// Sessions that count as running, for "ran on a no-running day".
const RUNNING = sql.raw(`(${RUNNING_SESSION_TYPES.map((t) => `'${t}'`).join(",")})`);
export const TREND_DAYS = 14;
// Neediest first, then by name: need descending, name and id ascending (columns of the ranked CTE below).
const triagePages = keyset("asc", {
  need: { on: sql`need`, type: "int", order: "desc" },
  name: { on: sql`name`, type: "text" },
  id: { on: sql`id`, type: "uuid" },
});

// Values go in as placeholders, so the statement's text is the same for every club and page size. The club's id is a
// bound value wherever it appears.
const clubParam = sql.placeholder("clubId");
// The page size stays bound here (unlike the feed's, see literalLimit): it cuts the list only after every member is
// ranked, so it doesn't steer the plan, and PostgreSQL settles on a generic plan after its first five calls anyway.
const fetchSizeParam = sql.placeholder("fetchSize");

/**
 * The triage statement for one filter, with `after` (keyset.ts's condition) for a later page: each member's latest
 * shared check-in is read off the membership row, the current block (with its kept day summary) comes from an index
 * lookup, the rest-day check probes only that block's rest dates, the need score orders them, and the 14-day trend is
 * fetched only for the page returned.
 */
function triageStatement(filter: TriageFilter, after?: SQL) {
  // Flagged: the latest shared check-in says reset or hold back, or raises the burnout flag.
  const onlyFlaggedUnanswered = filter === "flagged_unanswered"
    ? sql`where s.checkin_id is not null and s.last_coach_reply_at is null and (s.verdict in ('reset', 'hold_back') or s.burnout_flag)`
    : sql``;
  return sql`
    with members as (
      -- The latest check-in shared with this club's coaches is kept on the membership row (see db/schema/clubs.ts).
      select u.id, u.name, (now() at time zone u.time_zone)::date as today,
        m.coach_checkin_id, m.coach_checkin_date, m.coach_checkin_verdict, m.coach_checkin_burnout, m.coach_checkin_created_at,
        ct.last_coach_reply_at, ct.last_message_at as thread_last_at, cu.name as replied_by_name
      from club_members m join users u on u.id = m.user_id
        -- That check-in's thread with this club's coaches (one probe of its unique key): answered, and by whom last.
        left join coach_threads ct on ct.checkin_id = m.coach_checkin_id and ct.club_id = m.club_id
        left join users cu on cu.id = ct.last_coach_reply_by_id
      where m.club_id = ${clubParam} and m.status = 'active' and m.role = 'member'
    ),
    scored as (
      select mb.id, mb.name, mb.today,
        mb.coach_checkin_id as checkin_id, mb.coach_checkin_date as checkin_date, mb.coach_checkin_verdict as verdict,
        coalesce(mb.coach_checkin_burnout, false) as burnout_flag,
        mb.last_coach_reply_at, mb.thread_last_at, mb.replied_by_name,
        b.id as block_id, b.name as block_name, b.phase as block_phase, b.start_date, b.end_date, b.self_started as block_self_started,
        coalesce(b.done_count, 0) as done, coalesce(b.partial_count, 0) as partial,
        -- Days due so far: every day before today, and today once it is marked (dates run on from the start).
        coalesce(least(greatest(mb.today - b.start_date, 0), b.day_count)
          + case when b.last_marked_date >= mb.today and mb.today <= b.end_date then 1 else 0 end, 0) as due,
        coalesce(od.overdoing, false) as overdoing,
        mb.coach_checkin_created_at as checkin_created_at, b.created_at as block_created_at
      from members mb
      left join lateral (
        select recovery_blocks.* from recovery_blocks
        where recovery_blocks.athlete_id = mb.id and ${ownedByClubOrSelfStarted(sql`${clubParam}`)} and ${isCurrentBlock(sql`mb.today`)}
        limit 1
      ) b on true
      left join lateral (
        -- Training on a rest day, or running on a no-running day, up to today.
        select (
          (cardinality(b.rest_dates) > 0 and exists (
            select 1 from training_sessions ts
            where ts.user_id = mb.id and ts.date = any(b.rest_dates) and ts.date <= mb.today))
          or (cardinality(b.no_run_dates) > 0 and exists (
            select 1 from training_sessions ts
            where ts.user_id = mb.id and ts.date = any(b.no_run_dates) and ts.date <= mb.today and ts.type in ${RUNNING}))
        ) as overdoing
      ) od on b.id is not null
    ),
    ranked as (
      select s.*,
        (
          -- A flag the coach already answered with a block counts for less.
          (case s.verdict when 'reset' then 40 when 'hold_back' then 20 else 0 end + case when s.burnout_flag then 30 else 0 end)
            / case when s.block_id is not null and s.block_created_at >= s.checkin_created_at then 4 else 1 end
          + case when s.overdoing then 15 else 0 end
          + case when s.due > 0 and (s.done + s.partial * 0.5) / s.due < 0.5 then 10 else 0 end
          + case when s.checkin_date is null or s.checkin_date < s.today - 7 then 5 else 0 end
        )::int as need,
        count(*) over () as total
      from scored s ${onlyFlaggedUnanswered}
    ),
    page as (
      select * from ranked ${after ? sql`where ${after}` : sql``}
      order by need desc, name asc, id asc
      limit ${fetchSizeParam}
    )
    select p.id::text, p.name, p.today::text, p.need, p.checkin_id::text, p.checkin_date::text, p.verdict::text,
      p.burnout_flag, p.block_id::text, p.block_name, p.block_phase::text, p.start_date::text, p.end_date::text,
      p.done, p.partial, p.due::int, p.overdoing, coalesce(p.block_self_started, false) as block_self_started,
      -- The latest races that may still be in their recovery window (raceWindow picks the newest that is), on
      -- race_results_user_date_idx; only races the runner chose to tell their coaches about.
      (select coalesce(json_agg(json_build_object('distance', rr.distance, 'date', rr.date) order by rr.date desc), '[]'::json)
        from (select r.distance, r.date::text as date from race_results r
          where r.user_id = p.id and r.coaches_notified and r.date <= p.today and r.date >= p.today - ${LONGEST_RACE_WINDOW_DAYS}::int
          order by r.date desc, r.id desc limit 5) rr) as races,
      -- Daily load of the last 7 days, for monotonyStrain, on training_sessions_user_date_idx.
      (select coalesce(json_agg(json_build_object('date', d.date, 'load', d.load)), '[]'::json) from (
        select ts.date::text as date, coalesce(sum(ts.load), 0)::int as load from training_sessions ts
        where ts.user_id = p.id and ts.date > p.today - ${MONOTONY_DAYS}::int and ts.date <= p.today group by ts.date) d) as week_loads,
      -- The resting heart rate signal of the latest shared check-in, as its reasons named it.
      (select r from checkins c, unnest(c.reasons) r
        where c.id = p.checkin_id and starts_with(r, ${RESTING_HR_REASON_PREFIX}) limit 1) as resting_hr_signal,
      (p.today - p.checkin_date)::int as days_since,
      p.last_coach_reply_at, p.replied_by_name,
      coalesce(p.thread_last_at > coalesce(p.last_coach_reply_at, '-infinity'::timestamptz), false) as athlete_wrote_since,
      (select coalesce(json_agg(json_build_object('date', checkins.date::text, 'wellness', checkins.wellness_index) order by checkins.date), '[]'::json)
        from checkins
        where checkins.user_id = p.id and checkins.date > p.today - ${TREND_DAYS}::int and checkins.date <= p.today
          and ${sharedWithClubCoaches(clubParam)}) as trend,
      p.total::int
    from page p
    order by p.need desc, p.name asc, p.id asc
  `;
}

// The first page of each filter, which nearly every request reads, is built once per database handle. A later page's
// cursor values are bound values too, so its text never changes either and PostgreSQL parses it once per connection.
const firstPage = preparedPerDb((db, filter: TriageFilter) => prepareRaw(db, `dashboard_${filter}_first_page`, triageStatement(filter)));

/** The coach's triage list in ONE statement whatever the club's size (see triageStatement). */
export async function getDashboard(db: DbOrTx, clubId: string, input: { cursor?: string | null; limit: number; filter?: TriageFilter }) {
  const filter = input.filter ?? "all";
  const after = triagePages.after(input.cursor);
  const statement = after ? prepareRaw(db, `dashboard_${filter}_next_page`, triageStatement(filter, after)) : firstPage(db, filter);
  const raw = rowsOf<RawDashboardRow>(await statement.execute({ clubId, fetchSize: input.limit + 1 }));
  const total = raw[0]?.total ?? (after ? null : 0);
  const rows = raw.slice(0, input.limit).map(toDashboardRow);
  const last = rows.at(-1);
  return {
    total,
    rows,
    nextCursor: raw.length > input.limit && last ? triagePages.encode({ need: last.need, name: last.name, id: last.athleteId }) : null,
  };
}
