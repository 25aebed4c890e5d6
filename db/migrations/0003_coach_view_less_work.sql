DROP INDEX "checkins_user_date_idx";--> statement-breakpoint
-- Rewrite a membership's cached check-in only when it actually changes (a save refreshes twice: the check-in, then
-- its shares), computing the latest check-in once per membership.
CREATE OR REPLACE FUNCTION refresh_coach_checkins(runner_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(runner_ids) = 0 THEN RETURN; END IF;
  -- One writer per runner at a time: a concurrent save waits here, and its next statement then sees the first one's
  -- committed check-in, so an older check-in can never overwrite a newer one.
  PERFORM 1 FROM users WHERE id = ANY(runner_ids) ORDER BY id FOR NO KEY UPDATE;
  UPDATE club_members m
  SET coach_checkin_id = x.id, coach_checkin_date = x.date, coach_checkin_verdict = x.verdict,
    coach_checkin_burnout = x.burnout_flag, coach_checkin_created_at = x.created_at
  FROM (
    SELECT cm.club_id, cm.user_id, l.id, l.date, l.verdict, l.burnout_flag, l.created_at
    FROM club_members cm LEFT JOIN LATERAL latest_coach_checkin(cm.user_id, cm.club_id) l ON true
    WHERE cm.user_id = ANY(runner_ids)
  ) x
  WHERE m.club_id = x.club_id AND m.user_id = x.user_id
    AND (m.coach_checkin_id, m.coach_checkin_date, m.coach_checkin_verdict, m.coach_checkin_burnout, m.coach_checkin_created_at)
      IS DISTINCT FROM (x.id, x.date, x.verdict, x.burnout_flag, x.created_at);
END $$;
--> statement-breakpoint
-- An update refreshes only runners whose check-ins changed in a way the cache reads (not, say, a note or a session
-- link, which every save with a session writes).
CREATE FUNCTION refresh_coach_checkins_of_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_coach_checkins(ARRAY(
    SELECT DISTINCT n.user_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.date, n.visibility, n.verdict, n.burnout_flag, n.created_at)
      IS DISTINCT FROM (o.date, o.visibility, o.verdict, o.burnout_flag, o.created_at)));
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER checkins_updated_coach_view ON checkins;
--> statement-breakpoint
CREATE TRIGGER checkins_updated_coach_view AFTER UPDATE ON checkins
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION refresh_coach_checkins_of_updated();
