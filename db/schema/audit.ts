import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clubs } from "./clubs";
import { users } from "./users";

// Coach and owner actions, readable by the club's owner.
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clubId: uuid("club_id").notNull().references(() => clubs.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    targetUserId: uuid("target_user_id").references(() => users.id, { onDelete: "set null" }),
    // e.g. "member.removed", "role.changed", "block.assigned", "block.cancelled".
    action: text("action").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_club_created_idx").on(t.clubId, t.createdAt.desc(), t.id.desc()),
    index("audit_log_actor_idx").on(t.actorId),
    index("audit_log_target_idx").on(t.targetUserId),
  ],
);
