import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { BLOCK_DAY_STATUSES, BLOCK_STATUSES, DAY_KINDS } from "../../contract/values";
import { checkins } from "./checkins";
import { clubs } from "./clubs";
import { trainingPhase } from "./training";
import { users } from "./users";

export const blockDayKind = pgEnum("block_day_kind", DAY_KINDS);
export const blockStatus = pgEnum("block_status", BLOCK_STATUSES);
export const blockDayStatus = pgEnum("block_day_status", BLOCK_DAY_STATUSES);

// A null club_id marks a built-in template, identified by its stable key.
export const blockTemplates = pgTable(
  "block_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clubId: uuid("club_id").references(() => clubs.id, { onDelete: "cascade" }),
    key: text("key"),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    phase: trainingPhase("phase").notNull(),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("block_templates_builtin_key").on(t.key).where(sql`${t.clubId} is null`),
    index("block_templates_club_idx").on(t.clubId, t.name),
    index("block_templates_created_by_idx").on(t.createdById),
  ],
);

export const blockTemplateDays = pgTable(
  "block_template_days",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    templateId: uuid("template_id").notNull().references(() => blockTemplates.id, { onDelete: "cascade" }),
    // 0-based position in the block.
    dayIndex: integer("day_index").notNull(),
    kind: blockDayKind("kind").notNull(),
    minutes: integer("minutes"),
    // Metres, whatever the coach's units.
    distanceM: integer("distance_m"),
    // For normal_training: percent of the athlete's usual volume.
    volumePercent: integer("volume_percent"),
    notes: text("notes").notNull().default(""),
  },
  (t) => [uniqueIndex("block_template_days_template_day_key").on(t.templateId, t.dayIndex)],
);

export const recoveryBlocks = pgTable(
  "recovery_blocks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    athleteId: uuid("athlete_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    // Null for a block the runner started themselves (self_started); a coach's block belongs to their club.
    clubId: uuid("club_id").references(() => clubs.id, { onDelete: "cascade" }),
    coachId: uuid("coach_id").references(() => users.id, { onDelete: "set null" }),
    templateId: uuid("template_id").references(() => blockTemplates.id, { onDelete: "set null" }),
    // The runner started it from a suggestion; the coaches of the clubs they share with see it and may adjust it.
    selfStarted: boolean("self_started").notNull().default(false),
    name: text("name").notNull(),
    phase: trainingPhase("phase").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    status: blockStatus("status").notNull().default("active"),
    coachNote: text("coach_note").notNull().default(""),
    reason: text("reason").notNull().default(""),
    reasonCheckinId: uuid("reason_checkin_id").references(() => checkins.id, { onDelete: "set null" }),
    // Weekly volume of the 3 complete weeks before the start (metres), and the reduced target, when known.
    baselineWeeklyM: integer("baseline_weekly_m"),
    targetWeeklyM: integer("target_weekly_m"),
    // A summary of block_days, refreshed in the same transaction as every change to them, so the coach's
    // dashboard reads one row per athlete instead of every day of every block.
    dayCount: integer("day_count").notNull().default(0),
    doneCount: integer("done_count").notNull().default(0),
    partialCount: integer("partial_count").notNull().default(0),
    lastMarkedDate: date("last_marked_date", { mode: "string" }),
    restDates: date("rest_dates", { mode: "string" }).array().notNull().default(sql`'{}'::date[]`),
    // Walk, cross-training, strength and mobility days: no running.
    noRunDates: date("no_run_dates", { mode: "string" }).array().notNull().default(sql`'{}'::date[]`),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // At most one active block per athlete, even under concurrent assigns.
    uniqueIndex("recovery_blocks_one_active_key").on(t.athleteId).where(sql`${t.status} = 'active'`),
    index("recovery_blocks_athlete_start_idx").on(t.athleteId, t.startDate.desc(), t.id.desc()),
    index("recovery_blocks_club_status_idx").on(t.clubId, t.status, t.athleteId),
    index("recovery_blocks_coach_idx").on(t.coachId),
    index("recovery_blocks_template_idx").on(t.templateId),
    index("recovery_blocks_reason_checkin_idx").on(t.reasonCheckinId),
  ],
);

export const blockDays = pgTable(
  "block_days",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    blockId: uuid("block_id").notNull().references(() => recoveryBlocks.id, { onDelete: "cascade" }),
    // Copied from the block so Today, the calendar and the rest-day check read one index.
    athleteId: uuid("athlete_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    dayIndex: integer("day_index").notNull(),
    kind: blockDayKind("kind").notNull(),
    minutes: integer("minutes"),
    distanceM: integer("distance_m"),
    volumePercent: integer("volume_percent"),
    notes: text("notes").notNull().default(""),
    status: blockDayStatus("status").notNull().default("pending"),
    athleteNote: text("athlete_note").notNull().default(""),
    // How it felt, 1 (awful) to 5 (great).
    feel: integer("feel"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("block_days_block_date_key").on(t.blockId, t.date),
    index("block_days_athlete_date_idx").on(t.athleteId, t.date),
  ],
);

// Only a SHA-256 of the secret is stored; the URL is shown once when created.
export const calendarTokens = pgTable(
  "calendar_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("calendar_tokens_hash_key").on(t.tokenHash), index("calendar_tokens_user_idx").on(t.userId)],
);
