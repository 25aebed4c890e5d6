import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { checkins } from "./checkins";
import { clubs } from "./clubs";
import { users } from "./users";

/**
 * The private thread between an athlete and one club's coaches on a check-in those coaches may see: one per
 * (check-in, club), so another club's coaches and the athlete's clubmates never read it. The summary columns are
 * written in the same transaction as each message, so the dashboard reads one row per athlete for "unanswered".
 */
export const coachThreads = pgTable(
  "coach_threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkinId: uuid("checkin_id").notNull().references(() => checkins.id, { onDelete: "cascade" }),
    clubId: uuid("club_id").notNull().references(() => clubs.id, { onDelete: "cascade" }),
    // The check-in's author; deleting the account deletes the thread, coaches' messages included (health data).
    athleteId: uuid("athlete_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    messageCount: integer("message_count").notNull().default(0),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }),
    lastCoachReplyAt: timestamp("last_coach_reply_at", { withTimezone: true }),
    lastCoachReplyById: uuid("last_coach_reply_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("coach_threads_checkin_club_key").on(t.checkinId, t.clubId),
    index("coach_threads_club_idx").on(t.clubId),
    index("coach_threads_athlete_idx").on(t.athleteId, t.lastMessageAt.desc()),
    index("coach_threads_last_coach_idx").on(t.lastCoachReplyById),
  ],
);

export const coachThreadMessages = pgTable(
  "coach_thread_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    threadId: uuid("thread_id").notNull().references(() => coachThreads.id, { onDelete: "cascade" }),
    // Null once the author deletes their account: the athlete keeps the conversation.
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("coach_thread_messages_thread_idx").on(t.threadId, t.createdAt, t.id),
    index("coach_thread_messages_author_idx").on(t.authorId),
  ],
);
