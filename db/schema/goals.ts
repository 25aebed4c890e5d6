import { boolean, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { GOAL_HORIZONS, GOAL_STATUSES } from "../../contract/values";
import { users } from "./users";

export const goalHorizon = pgEnum("goal_horizon", GOAL_HORIZONS);
export const goalStatus = pgEnum("goal_status", GOAL_STATUSES);

export const goals = pgTable(
  "goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    horizon: goalHorizon("horizon").notNull(),
    title: text("title").notNull(),
    details: text("details").notNull().default(""),
    status: goalStatus("status").notNull().default("active"),
    // Coaches of the runner's clubs may read it only when this is on.
    shareWithCoaches: boolean("share_with_coaches").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("goals_user_created_idx").on(t.userId, t.createdAt.desc(), t.id.desc())],
);
