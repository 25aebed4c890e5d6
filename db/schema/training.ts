import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { PHASES, RACE_DISTANCES, SESSION_SOURCES, SESSION_TYPES } from "../../contract/values";
import { users } from "./users";

export const sessionType = pgEnum("session_type", SESSION_TYPES);
export const sessionSource = pgEnum("session_source", SESSION_SOURCES);
export const trainingPhase = pgEnum("training_phase", PHASES);
export const raceDistance = pgEnum("race_distance", RACE_DISTANCES);

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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Keyset pagination of the log walks (date, id) newest first.
    index("training_sessions_user_date_idx").on(t.userId, t.date.desc(), t.id.desc()),
    // An import looks for the same run within minutes of its start.
    index("training_sessions_user_started_idx").on(t.userId, t.startedAt).where(sql`${t.startedAt} is not null`),
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
