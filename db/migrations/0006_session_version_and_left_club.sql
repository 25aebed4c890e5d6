ALTER TYPE "public"."block_status" ADD VALUE 'left_club';--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;