ALTER TABLE "club_members" ADD COLUMN "coach_checkin_id" uuid;--> statement-breakpoint
ALTER TABLE "club_members" ADD COLUMN "coach_checkin_date" date;--> statement-breakpoint
ALTER TABLE "club_members" ADD COLUMN "coach_checkin_verdict" "verdict";--> statement-breakpoint
ALTER TABLE "club_members" ADD COLUMN "coach_checkin_burnout" boolean;--> statement-breakpoint
ALTER TABLE "club_members" ADD COLUMN "coach_checkin_created_at" timestamp with time zone;