import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// One row per create a client sent with an idempotency key: a retry or a double submit with the same key is answered
// with the stored result instead of writing again.
export const idempotentRequests = pgTable(
  "idempotent_requests",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    key: uuid("key").notNull(),
    // The procedure and a hash of its input, so a key reused for something else is refused, not answered wrongly.
    scope: text("scope").notNull(),
    fingerprint: text("fingerprint").notNull(),
    // The first answer, serialised by superjson (null only inside the transaction that is still running it).
    response: jsonb("response"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index("idempotent_requests_user_created_idx").on(t.userId, t.createdAt)],
);
