import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clubs } from "./clubs";
import { users } from "./users";

/**
 * Live updates (issue 15): each row is one event a write published with NOTIFY. Kept for a short while so a browser
 * that reconnects can replay what it missed from its last event id; ids and kinds only, never health data.
 */
export const liveEvents = pgTable(
  "live_events",
  {
    // Ordered and gap-tolerant: streams resume "after id N" and de-duplicate by it.
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // contract/live.ts's LIVE_EVENT_KINDS and LIVE_AUDIENCES; only publishLive writes them.
    kind: text("kind").notNull(),
    audience: text("audience").notNull(),
    clubId: uuid("club_id").references(() => clubs.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    refId: uuid("ref_id"),
    // The app's clock (set by the publisher), so pruning agrees with it when a test moves the clock.
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The two resume queries: a club's events after an id, a user's events after an id.
    index("live_events_club_id_idx").on(t.clubId, t.id),
    index("live_events_user_id_idx").on(t.userId, t.id),
  ],
);
