import { sql } from "drizzle-orm";
import type { LiveAudience, LiveEventKind } from "@/contract/live";
import type { DbOrTx } from "@/db/client";

/** The one NOTIFY channel every instance's hub listens on. */
export const LIVE_CHANNEL = "rf_live";

/** Stored events older than this are pruned: a browser away longer refetches its page anyway. */
export const LIVE_EVENT_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;

/** Old rows each publish may prune; more than any write publishes, so the table can't grow without bound. */
const PRUNE_BATCH = 20;

export type NewLiveEvent = {
  kind: LiveEventKind;
  audience: LiveAudience;
  clubId?: string | null;
  userId?: string | null;
  refId?: string | null;
  /** Instead of clubId: one event per club where this user is an active member (e.g. a coach-only share). */
  everyClubOf?: string;
};

/**
 * Stores the events and NOTIFYs their ids on LIVE_CHANNEL in ONE statement, inside the caller's transaction: NOTIFY is
 * delivered at commit, so a rolled-back write publishes nothing. The same statement prunes a few expired rows (skipping
 * rows another writer is pruning, so writers never wait on each other).
 */
export async function publishLive(tx: DbOrTx, events: NewLiveEvent[], now = new Date()): Promise<void> {
  if (events.length === 0) return;
  const input = JSON.stringify(
    events.map((e) => ({
      kind: e.kind, audience: e.audience, club_id: e.clubId ?? null, user_id: e.userId ?? null, ref_id: e.refId ?? null,
      every_club_of: e.everyClubOf ?? null,
    })),
  );
  const cutoff = new Date(now.getTime() - LIVE_EVENT_RETENTION_MS).toISOString();
  await tx.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${input}::jsonb)
        as x(kind text, audience text, club_id uuid, user_id uuid, ref_id uuid, every_club_of uuid)
    ), targets as (
      select kind, audience, club_id, user_id, ref_id from input where every_club_of is null
      union all
      select i.kind, i.audience, m.club_id, i.user_id, i.ref_id
      from input i join club_members m on m.user_id = i.every_club_of and m.status = 'active'
    ), e as (
      insert into live_events (kind, audience, club_id, user_id, ref_id, created_at)
      select kind, audience, club_id, user_id, ref_id, ${now.toISOString()}::timestamptz from targets
      returning id, kind, audience, club_id, user_id, ref_id
    ), expired as (
      select id from live_events
      where id in (select id from live_events order by id limit ${PRUNE_BATCH}) and created_at < ${cutoff}::timestamptz
      for update skip locked
    ), pruned as (
      delete from live_events where id in (select id from expired)
    )
    select pg_notify(${LIVE_CHANNEL}, json_build_object(
      'id', e.id::text, 'kind', e.kind, 'audience', e.audience, 'clubId', e.club_id, 'userId', e.user_id, 'refId', e.ref_id
    )::text) from e`);
}
