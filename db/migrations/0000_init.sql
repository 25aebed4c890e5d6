CREATE TYPE "public"."checkin_visibility" AS ENUM('private', 'coaches', 'clubs');--> statement-breakpoint
CREATE TYPE "public"."distance_unit" AS ENUM('km', 'mi');--> statement-breakpoint
CREATE TYPE "public"."club_privacy" AS ENUM('public', 'private');--> statement-breakpoint
CREATE TYPE "public"."join_policy" AS ENUM('open', 'approval', 'invite');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('owner', 'coach', 'member');--> statement-breakpoint
CREATE TYPE "public"."membership_status" AS ENUM('pending', 'active', 'declined', 'removed');--> statement-breakpoint
CREATE TYPE "public"."rsvp_status" AS ENUM('going', 'maybe', 'not_going');--> statement-breakpoint
CREATE TYPE "public"."race_distance" AS ENUM('5k', '10k', 'half', 'marathon', 'ultra');--> statement-breakpoint
CREATE TYPE "public"."session_source" AS ENUM('manual', 'checkin', 'gpx', 'tcx');--> statement-breakpoint
CREATE TYPE "public"."session_type" AS ENUM('easy', 'long', 'progression', 'fartlek', 'intervals', 'tempo', 'race', 'walk', 'cross_training', 'strength');--> statement-breakpoint
CREATE TYPE "public"."training_phase" AS ENUM('build', 'maintain', 'reset');--> statement-breakpoint
CREATE TYPE "public"."easy_heart_rate" AS ENUM('lower', 'normal', 'higher');--> statement-breakpoint
CREATE TYPE "public"."legs_feel" AS ENUM('responsive', 'normal', 'heavy');--> statement-breakpoint
CREATE TYPE "public"."reaction_kind" AS ENUM('cheer', 'been_there', 'got_this');--> statement-breakpoint
CREATE TYPE "public"."verdict" AS ENUM('push', 'steady', 'hold_back', 'reset');--> statement-breakpoint
CREATE TYPE "public"."warmup_feel" AS ENUM('smooth', 'ok', 'rough');--> statement-breakpoint
CREATE TYPE "public"."goal_horizon" AS ENUM('next_month', 'season', 'year', 'three_years', 'career');--> statement-breakpoint
CREATE TYPE "public"."goal_status" AS ENUM('active', 'achieved', 'paused', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."block_day_kind" AS ENUM('rest', 'walk', 'easy_run', 'cross_training', 'strength', 'mobility', 'movement_only', 'normal_training');--> statement-breakpoint
CREATE TYPE "public"."block_day_status" AS ENUM('pending', 'done', 'partial', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."block_status" AS ENUM('active', 'completed', 'ended_early', 'cancelled', 'replaced');--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"distance_unit" "distance_unit" DEFAULT 'km' NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"last_checkin_visibility" "checkin_visibility" DEFAULT 'coaches' NOT NULL,
	"last_checkin_club_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_buckets" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rate_limit_buckets_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "club_invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"club_id" uuid NOT NULL,
	"created_by" uuid,
	"token_hash" text NOT NULL,
	"token_hint" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"expires_at" timestamp with time zone,
	"max_uses" integer,
	"uses" integer DEFAULT 0 NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "club_members" (
	"club_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "member_role" DEFAULT 'member' NOT NULL,
	"status" "membership_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "club_members_club_id_user_id_pk" PRIMARY KEY("club_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "clubs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"privacy" "club_privacy" DEFAULT 'public' NOT NULL,
	"join_policy" "join_policy" DEFAULT 'open' NOT NULL,
	"member_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_run_rsvps" (
	"run_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "rsvp_status" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_run_rsvps_run_id_user_id_pk" PRIMARY KEY("run_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "group_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"club_id" uuid NOT NULL,
	"created_by" uuid,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"meeting_point" text DEFAULT '' NOT NULL,
	"distance_meters" integer,
	"pace_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"href" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "race_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"distance" "race_distance" NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"date" date NOT NULL,
	"time_sec" integer NOT NULL,
	"recovery_template_key" text NOT NULL,
	"coaches_notified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"type" "session_type" NOT NULL,
	"duration_min" integer NOT NULL,
	"distance_m" integer,
	"rpe" integer,
	"load" integer,
	"notes" text DEFAULT '' NOT NULL,
	"source" "session_source" DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkin_shares" (
	"club_id" uuid NOT NULL,
	"checkin_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkin_shares_club_id_checkin_id_pk" PRIMARY KEY("club_id","checkin_id")
);
--> statement-breakpoint
CREATE TABLE "checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"mood" integer NOT NULL,
	"energy" integer NOT NULL,
	"sleep_quality" integer NOT NULL,
	"soreness" integer NOT NULL,
	"stress" integer NOT NULL,
	"motivation" integer NOT NULL,
	"legs" "legs_feel" NOT NULL,
	"easy_effort_harder" boolean DEFAULT false NOT NULL,
	"easy_heart_rate" "easy_heart_rate" DEFAULT 'normal' NOT NULL,
	"resting_hr" integer,
	"warmup_feel" "warmup_feel",
	"session_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"visibility" "checkin_visibility" NOT NULL,
	"verdict" "verdict" NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"burnout_flag" boolean DEFAULT false NOT NULL,
	"wellness_index" integer NOT NULL,
	"load_ratio" real,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"checkin_id" uuid NOT NULL,
	"club_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reactions" (
	"checkin_id" uuid NOT NULL,
	"club_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "reaction_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reactions_checkin_id_club_id_user_id_kind_pk" PRIMARY KEY("checkin_id","club_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"club_id" uuid NOT NULL,
	"actor_id" uuid,
	"target_user_id" uuid,
	"action" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"horizon" "goal_horizon" NOT NULL,
	"title" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"status" "goal_status" DEFAULT 'active' NOT NULL,
	"share_with_coaches" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "block_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"block_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"date" date NOT NULL,
	"day_index" integer NOT NULL,
	"kind" "block_day_kind" NOT NULL,
	"minutes" integer,
	"distance_m" integer,
	"volume_percent" integer,
	"notes" text DEFAULT '' NOT NULL,
	"status" "block_day_status" DEFAULT 'pending' NOT NULL,
	"athlete_note" text DEFAULT '' NOT NULL,
	"feel" integer,
	"completed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "block_template_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"day_index" integer NOT NULL,
	"kind" "block_day_kind" NOT NULL,
	"minutes" integer,
	"distance_m" integer,
	"volume_percent" integer,
	"notes" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "block_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"club_id" uuid,
	"key" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"phase" "training_phase" NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recovery_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"athlete_id" uuid NOT NULL,
	"club_id" uuid NOT NULL,
	"coach_id" uuid,
	"template_id" uuid,
	"name" text NOT NULL,
	"phase" "training_phase" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" "block_status" DEFAULT 'active' NOT NULL,
	"coach_note" text DEFAULT '' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"reason_checkin_id" uuid,
	"baseline_weekly_m" integer,
	"target_weekly_m" integer,
	"day_count" integer DEFAULT 0 NOT NULL,
	"done_count" integer DEFAULT 0 NOT NULL,
	"partial_count" integer DEFAULT 0 NOT NULL,
	"last_marked_date" date,
	"rest_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"no_run_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "club_invites" ADD CONSTRAINT "club_invites_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "club_invites" ADD CONSTRAINT "club_invites_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "club_members" ADD CONSTRAINT "club_members_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "club_members" ADD CONSTRAINT "club_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_run_rsvps" ADD CONSTRAINT "group_run_rsvps_run_id_group_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."group_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_run_rsvps" ADD CONSTRAINT "group_run_rsvps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_runs" ADD CONSTRAINT "group_runs_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_runs" ADD CONSTRAINT "group_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "race_results" ADD CONSTRAINT "race_results_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "race_results" ADD CONSTRAINT "race_results_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_shares" ADD CONSTRAINT "checkin_shares_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_shares" ADD CONSTRAINT "checkin_shares_checkin_id_checkins_id_fk" FOREIGN KEY ("checkin_id") REFERENCES "public"."checkins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_shares" ADD CONSTRAINT "checkin_shares_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_checkin_id_checkins_id_fk" FOREIGN KEY ("checkin_id") REFERENCES "public"."checkins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reactions" ADD CONSTRAINT "reactions_checkin_id_checkins_id_fk" FOREIGN KEY ("checkin_id") REFERENCES "public"."checkins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reactions" ADD CONSTRAINT "reactions_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reactions" ADD CONSTRAINT "reactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "block_days" ADD CONSTRAINT "block_days_block_id_recovery_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."recovery_blocks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "block_days" ADD CONSTRAINT "block_days_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "block_template_days" ADD CONSTRAINT "block_template_days_template_id_block_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."block_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "block_templates" ADD CONSTRAINT "block_templates_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "block_templates" ADD CONSTRAINT "block_templates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tokens" ADD CONSTRAINT "calendar_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_blocks" ADD CONSTRAINT "recovery_blocks_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_blocks" ADD CONSTRAINT "recovery_blocks_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_blocks" ADD CONSTRAINT "recovery_blocks_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_blocks" ADD CONSTRAINT "recovery_blocks_template_id_block_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."block_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_blocks" ADD CONSTRAINT "recovery_blocks_reason_checkin_id_checkins_id_fk" FOREIGN KEY ("reason_checkin_id") REFERENCES "public"."checkins"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "rate_limit_buckets_window_idx" ON "rate_limit_buckets" USING btree ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "club_invites_token_hash_key" ON "club_invites" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "club_invites_club_created_idx" ON "club_invites" USING btree ("club_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "club_invites_created_by_idx" ON "club_invites" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "club_members_user_idx" ON "club_members" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "club_members_club_status_idx" ON "club_members" USING btree ("club_id","status","role");--> statement-breakpoint
CREATE UNIQUE INDEX "clubs_slug_key" ON "clubs" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "clubs_public_name_idx" ON "clubs" USING btree (lower("name"),"id") WHERE "clubs"."privacy" = 'public';--> statement-breakpoint
CREATE INDEX "group_run_rsvps_user_idx" ON "group_run_rsvps" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "group_runs_club_starts_idx" ON "group_runs" USING btree ("club_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "group_runs_created_by_idx" ON "group_runs" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "race_results_session_key" ON "race_results" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "race_results_user_date_idx" ON "race_results" USING btree ("user_id","date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "training_sessions_user_date_idx" ON "training_sessions" USING btree ("user_id","date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "checkin_shares_feed_idx" ON "checkin_shares" USING btree ("club_id","shared_at" DESC NULLS LAST,"checkin_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "checkin_shares_checkin_idx" ON "checkin_shares" USING btree ("checkin_id");--> statement-breakpoint
CREATE INDEX "checkin_shares_user_idx" ON "checkin_shares" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "checkins_user_date_key" ON "checkins" USING btree ("user_id","date");--> statement-breakpoint
CREATE INDEX "checkins_user_date_idx" ON "checkins" USING btree ("user_id","date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "checkins_session_idx" ON "checkins" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "comments_checkin_club_idx" ON "comments" USING btree ("checkin_id","club_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_club_idx" ON "comments" USING btree ("club_id");--> statement-breakpoint
CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "reactions_club_idx" ON "reactions" USING btree ("club_id");--> statement-breakpoint
CREATE INDEX "reactions_user_idx" ON "reactions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_club_created_idx" ON "audit_log" USING btree ("club_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_user_id");--> statement-breakpoint
CREATE INDEX "goals_user_created_idx" ON "goals" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "block_days_block_date_key" ON "block_days" USING btree ("block_id","date");--> statement-breakpoint
CREATE INDEX "block_days_athlete_date_idx" ON "block_days" USING btree ("athlete_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "block_template_days_template_day_key" ON "block_template_days" USING btree ("template_id","day_index");--> statement-breakpoint
CREATE UNIQUE INDEX "block_templates_builtin_key" ON "block_templates" USING btree ("key") WHERE "block_templates"."club_id" is null;--> statement-breakpoint
CREATE INDEX "block_templates_club_idx" ON "block_templates" USING btree ("club_id","name");--> statement-breakpoint
CREATE INDEX "block_templates_created_by_idx" ON "block_templates" USING btree ("created_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_tokens_hash_key" ON "calendar_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_tokens_user_idx" ON "calendar_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_blocks_one_active_key" ON "recovery_blocks" USING btree ("athlete_id") WHERE "recovery_blocks"."status" = 'active';--> statement-breakpoint
CREATE INDEX "recovery_blocks_athlete_start_idx" ON "recovery_blocks" USING btree ("athlete_id","start_date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "recovery_blocks_club_status_idx" ON "recovery_blocks" USING btree ("club_id","status","athlete_id");--> statement-breakpoint
CREATE INDEX "recovery_blocks_coach_idx" ON "recovery_blocks" USING btree ("coach_id");--> statement-breakpoint
CREATE INDEX "recovery_blocks_template_idx" ON "recovery_blocks" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "recovery_blocks_reason_checkin_idx" ON "recovery_blocks" USING btree ("reason_checkin_id");