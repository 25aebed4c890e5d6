import { sql } from "drizzle-orm";
import {
  boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import {
  IMPORT_KINDS, IMPORT_STATUSES, PHASES, RACE_DISTANCES, SESSION_SOURCES, SESSION_TYPES,
} from "../../contract/values";
import { users } from "./users";

export const sessionType = pgEnum("session_type", SESSION_TYPES);
export const sessionSource = pgEnum("session_source", SESSION_SOURCES);
export const trainingPhase = pgEnum("training_phase", PHASES);
export const raceDistance = pgEnum("race_distance", RACE_DISTANCES);
export const importKind = pgEnum("import_kind", IMPORT_KINDS);
export const importStatus = pgEnum("import_status", IMPORT_STATUSES);

/** One split of an imported run: a whole km or mile in the runner's unit, the last one possibly partial. */
export type SessionSplit = {
  distanceM: number;
  seconds: number;
  avgHr: number | null;
  elevationGainM: number | null;
};

/** What one file of an import batch came to, kept so the runner sees the reason a file failed. */
export type ImportFileResult = {
  file: string;
  outcome: "imported" | "duplicate" | "failed" | "skipped";
  reason?: string;
  sessionId?: string;
};

// One upload: a single track file, a whole export archive, or a readings CSV. Deleting it removes exactly what it
// created (sessions and readings reference it with on delete cascade).
export const importBatches = pgTable(
  "import_batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: importKind("kind").notNull(),
    fileName: text("file_name").notNull().default(""),
    status: importStatus("status").notNull().default("running"),
    totalFiles: integer("total_files").notNull().default(0),
    importedCount: integer("imported_count").notNull().default(0),
    duplicateCount: integer("duplicate_count").notNull().default(0),
    failedCount: integer("failed_count").notNull().default(0),
    results: jsonb("results").$type<ImportFileResult[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("import_batches_user_created_idx").on(t.userId, t.createdAt.desc(), t.id.desc())],
);

export const trainingSessions = pgTable(
  "training_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    type: sessionType("type").notNull(),
    durationMin: integer("duration_min").notNull(),
    // Stored in metres whatever the runner's units.
    distanceM: integer("distance_m"),
    rpe: integer("rpe"),
    // Session RPE load: effort (0-10) times minutes.
    load: integer("load"),
    notes: text("notes").notNull().default(""),
    source: sessionSource("source").notNull().default("manual"),
    // When the run began, as an imported track records it; null for sessions logged by hand.
    startedAt: timestamp("started_at", { withTimezone: true }),
    // From an imported track or archive; null when logged by hand.
    title: text("title").notNull().default(""),
    movingSec: integer("moving_sec"),
    avgHr: integer("avg_hr"),
    maxHr: integer("max_hr"),
    elevationGainM: integer("elevation_gain_m"),
    splits: jsonb("splits").$type<SessionSplit[]>(),
    importBatchId: uuid("import_batch_id").references(() => importBatches.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Keyset pagination of the log walks (date, id) newest first.
    index("training_sessions_user_date_idx").on(t.userId, t.date.desc(), t.id.desc()),
    // An import looks for the same run within minutes of its start.
    index("training_sessions_user_started_idx").on(t.userId, t.startedAt).where(sql`${t.startedAt} is not null`),
    index("training_sessions_import_batch_idx").on(t.importBatchId),
    // The log filtered by source walks the same order.
    index("training_sessions_user_source_date_idx").on(t.userId, t.source, t.date.desc(), t.id.desc()),
  ],
);

// A race result hangs off the session that was the race, so the log and the volume chart count it once.
export const raceResults = pgTable(
  "race_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id").notNull().references(() => trainingSessions.id, { onDelete: "cascade" }),
    distance: raceDistance("distance").notNull(),
    name: text("name").notNull().default(""),
    date: date("date", { mode: "string" }).notNull(),
    // Finishing time in seconds.
    timeSec: integer("time_sec").notNull(),
    // The post-race recovery template proposed when it was logged.
    recoveryTemplateKey: text("recovery_template_key").notNull(),
    coachesNotified: boolean("coaches_notified").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("race_results_session_key").on(t.sessionId),
    index("race_results_user_date_idx").on(t.userId, t.date.desc(), t.id.desc()),
  ],
);

// A day's resting heart rate (and HRV, rMSSD in ms) from a watch export. It feeds the runner's own baseline and
// never stands in for a check-in.
export const dailyReadings = pgTable(
  "daily_readings",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    restingHr: integer("resting_hr"),
    hrvRmssd: real("hrv_rmssd"),
    importBatchId: uuid("import_batch_id").references(() => importBatches.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.date] }), index("daily_readings_import_batch_idx").on(t.importBatchId)],
);
