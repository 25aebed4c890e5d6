import { index, integer, pgEnum, pgTable, date, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const sessionType = pgEnum("session_type", [
  "easy", "long", "progression", "fartlek", "intervals", "tempo", "race", "walk", "cross_training", "strength",
]);
export const sessionSource = pgEnum("session_source", ["manual", "checkin", "gpx", "tcx"]);
// Training runs in phases; shared by recovery blocks and the weekly volume chart.
export const trainingPhase = pgEnum("training_phase", ["build", "maintain", "reset"]);

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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("training_sessions_user_date_idx").on(t.userId, t.date.desc())],
);
