-- Keeps club_members.coach_checkin_* (the member's latest check-in that club's coaches may see) in step with every
-- write, in the writing transaction, so the triage dashboard never has to search 2,000 histories per request.
-- Triggers rather than application calls: seeds, cascaded deletes and any future write path stay correct too.

-- The rule it caches: shared with coaches (any club's), or shared with this club in particular.
CREATE FUNCTION latest_coach_checkin(runner uuid, club uuid)
RETURNS TABLE (id uuid, date date, verdict verdict, burnout_flag boolean, created_at timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT c.id, c.date, c.verdict, c.burnout_flag, c.created_at FROM checkins c
  WHERE c.user_id = runner
    AND (c.visibility = 'coaches' OR EXISTS (SELECT 1 FROM checkin_shares s WHERE s.checkin_id = c.id AND s.club_id = club))
  ORDER BY c.date DESC LIMIT 1
$$;
--> statement-breakpoint
CREATE FUNCTION refresh_coach_checkins(runner_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(runner_ids) = 0 THEN RETURN; END IF;
  -- One writer per runner at a time: a concurrent save waits here, and its next statement then sees the first one's
  -- committed check-in, so an older check-in can never overwrite a newer one.
  PERFORM 1 FROM users WHERE id = ANY(runner_ids) ORDER BY id FOR NO KEY UPDATE;
  UPDATE club_members m
  SET (coach_checkin_id, coach_checkin_date, coach_checkin_verdict, coach_checkin_burnout, coach_checkin_created_at) =
    (SELECT l.id, l.date, l.verdict, l.burnout_flag, l.created_at FROM latest_coach_checkin(m.user_id, m.club_id) l)
  WHERE m.user_id = ANY(runner_ids);
END $$;
--> statement-breakpoint
-- Statement-level, so a cascade or a bulk insert refreshes each runner once, not once per row.
CREATE FUNCTION refresh_coach_checkins_of_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_coach_checkins(ARRAY(SELECT DISTINCT user_id FROM changed));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER checkins_inserted_coach_view AFTER INSERT ON checkins
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION refresh_coach_checkins_of_changed();
--> statement-breakpoint
CREATE TRIGGER checkins_updated_coach_view AFTER UPDATE ON checkins
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION refresh_coach_checkins_of_changed();
--> statement-breakpoint
CREATE TRIGGER checkins_deleted_coach_view AFTER DELETE ON checkins
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION refresh_coach_checkins_of_changed();
--> statement-breakpoint
CREATE TRIGGER checkin_shares_inserted_coach_view AFTER INSERT ON checkin_shares
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION refresh_coach_checkins_of_changed();
--> statement-breakpoint
CREATE TRIGGER checkin_shares_deleted_coach_view AFTER DELETE ON checkin_shares
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION refresh_coach_checkins_of_changed();
--> statement-breakpoint
-- A new or re-activated membership starts with what the runner already shares with coaches.
CREATE FUNCTION fill_coach_checkin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT l.id, l.date, l.verdict, l.burnout_flag, l.created_at
  INTO NEW.coach_checkin_id, NEW.coach_checkin_date, NEW.coach_checkin_verdict, NEW.coach_checkin_burnout, NEW.coach_checkin_created_at
  FROM latest_coach_checkin(NEW.user_id, NEW.club_id) l;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER club_members_fill_coach_checkin BEFORE INSERT OR UPDATE OF status ON club_members
  FOR EACH ROW EXECUTE FUNCTION fill_coach_checkin();
--> statement-breakpoint
UPDATE club_members m
SET (coach_checkin_id, coach_checkin_date, coach_checkin_verdict, coach_checkin_burnout, coach_checkin_created_at) =
  (SELECT l.id, l.date, l.verdict, l.burnout_flag, l.created_at FROM latest_coach_checkin(m.user_id, m.club_id) l);
