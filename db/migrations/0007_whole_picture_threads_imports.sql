CREATE TYPE "public"."import_kind" AS ENUM('file', 'archive', 'readings');--> statement-breakpoint
CREATE TYPE "public"."import_status" AS ENUM('running', 'done', 'failed');--> statement-breakpoint
ALTER TYPE "public"."session_source" ADD VALUE 'fit';--> statement-breakpoint
ALTER TYPE "public"."session_source" ADD VALUE 'archive';--> statement-breakpoint
CREATE TABLE "daily_readings" (
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"resting_hr" integer,
	"hrv_rmssd" real,
	"import_batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daily_readings_user_id_date_pk" PRIMARY KEY("user_id","date")
);
--> statement-breakpoint
CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "import_kind" NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"status" "import_status" DEFAULT 'running' NOT NULL,
	"total_files" integer DEFAULT 0 NOT NULL,
	"imported_count" integer DEFAULT 0 NOT NULL,
	"duplicate_count" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"results" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "coach_thread_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coach_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"checkin_id" uuid NOT NULL,
	"club_id" uuid NOT NULL,
	"athlete_id" uuid NOT NULL,
	"message_count" integer DEFAULT 0 NOT NULL,
	"last_message_at" timestamp with time zone,
	"last_coach_reply_at" timestamp with time zone,
	"last_coach_reply_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recovery_blocks" ALTER COLUMN "club_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "title" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "moving_sec" integer;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "avg_hr" integer;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "max_hr" integer;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "elevation_gain_m" integer;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "splits" jsonb;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "import_batch_id" uuid;--> statement-breakpoint
ALTER TABLE "recovery_blocks" ADD COLUMN "self_started" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "daily_readings" ADD CONSTRAINT "daily_readings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_readings" ADD CONSTRAINT "daily_readings_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_thread_messages" ADD CONSTRAINT "coach_thread_messages_thread_id_coach_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."coach_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_thread_messages" ADD CONSTRAINT "coach_thread_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_threads" ADD CONSTRAINT "coach_threads_checkin_id_checkins_id_fk" FOREIGN KEY ("checkin_id") REFERENCES "public"."checkins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_threads" ADD CONSTRAINT "coach_threads_club_id_clubs_id_fk" FOREIGN KEY ("club_id") REFERENCES "public"."clubs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_threads" ADD CONSTRAINT "coach_threads_athlete_id_users_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_threads" ADD CONSTRAINT "coach_threads_last_coach_reply_by_id_users_id_fk" FOREIGN KEY ("last_coach_reply_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "daily_readings_import_batch_idx" ON "daily_readings" USING btree ("import_batch_id");--> statement-breakpoint
CREATE INDEX "import_batches_user_created_idx" ON "import_batches" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "coach_thread_messages_thread_idx" ON "coach_thread_messages" USING btree ("thread_id","created_at","id");--> statement-breakpoint
CREATE INDEX "coach_thread_messages_author_idx" ON "coach_thread_messages" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coach_threads_checkin_club_key" ON "coach_threads" USING btree ("checkin_id","club_id");--> statement-breakpoint
CREATE INDEX "coach_threads_club_idx" ON "coach_threads" USING btree ("club_id");--> statement-breakpoint
CREATE INDEX "coach_threads_athlete_idx" ON "coach_threads" USING btree ("athlete_id","last_message_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "coach_threads_last_coach_idx" ON "coach_threads" USING btree ("last_coach_reply_by_id");--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_import_batch_id_import_batches_id_fk" FOREIGN KEY ("import_batch_id") REFERENCES "public"."import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_sessions_import_batch_idx" ON "training_sessions" USING btree ("import_batch_id");--> statement-breakpoint
CREATE INDEX "training_sessions_user_source_date_idx" ON "training_sessions" USING btree ("user_id","source","date" DESC NULLS LAST,"id" DESC NULLS LAST);