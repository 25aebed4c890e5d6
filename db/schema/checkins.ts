import { sql } from "drizzle-orm";
import {
  boolean, date, index, integer, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import { EASY_HEART_RATES, LEGS_FEELS, REACTION_KINDS, WARMUP_FEELS } from "../../contract/values";
import { clubs } from "./clubs";
import { trainingSessions } from "./training";
import { checkinVisibility, users } from "./users";
import { verdict } from "./verdict";

export const legsFeel = pgEnum("legs_feel", LEGS_FEELS);
export const easyHeartRate = pgEnum("easy_heart_rate", EASY_HEART_RATES);
export const warmupFeel = pgEnum("warmup_feel", WARMUP_FEELS);
export const reactionKind = pgEnum("reaction_kind", REACTION_KINDS);

/**
 * Scales run 1-7. mood, energy, sleepQuality and motivation: higher is better.
 * soreness and stress: higher is worse (as in the Hooper index).
 */
export const checkins = pgTable(
  "checkins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    // The calendar day in the runner's own time zone.
    date: date("date", { mode: "string" }).notNull(),
    mood: integer("mood").notNull(),
    energy: integer("energy").notNull(),
    sleepQuality: integer("sleep_quality").notNull(),
    soreness: integer("soreness").notNull(),
    stress: integer("stress").notNull(),
    motivation: integer("motivation").notNull(),
    legs: legsFeel("legs").notNull(),
    easyEffortHarder: boolean("easy_effort_harder").notNull().default(false),
    easyHeartRate: easyHeartRate("easy_heart_rate").notNull().default("normal"),
    restingHr: integer("resting_hr"),
    warmupFeel: warmupFeel("warmup_feel"),
    sessionId: uuid("session_id").references(() => trainingSessions.id, { onDelete: "set null" }),
    note: text("note").notNull().default(""),
    visibility: checkinVisibility("visibility").notNull(),
    verdict: verdict("verdict").notNull(),
    reasons: text("reasons").array().notNull().default(sql`'{}'::text[]`),
    burnoutFlag: boolean("burnout_flag").notNull().default(false),
    wellnessIndex: integer("wellness_index").notNull(),
    loadRatio: real("load_ratio"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One per person per day; scanned backwards it also serves "newest first" (a second, descending copy only cost writes).
    uniqueIndex("checkins_user_date_key").on(t.userId, t.date),
    index("checkins_session_idx").on(t.sessionId),
  ],
);

// One row per club a check-in is shared with; the feed reads only this index.
export const checkinShares = pgTable(
  "checkin_shares",
  {
    clubId: uuid("club_id").notNull().references(() => clubs.id, { onDelete: "cascade" }),
    checkinId: uuid("checkin_id").notNull().references(() => checkins.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    sharedAt: timestamp("shared_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.clubId, t.checkinId] }),
    index("checkin_shares_feed_idx").on(t.clubId, t.sharedAt.desc(), t.checkinId.desc()),
    index("checkin_shares_checkin_idx").on(t.checkinId),
    index("checkin_shares_user_idx").on(t.userId),
  ],
);

// Reactions and comments belong to one club's feed, so clubs never see each other's members.
export const reactions = pgTable(
  "reactions",
  {
    checkinId: uuid("checkin_id").notNull().references(() => checkins.id, { onDelete: "cascade" }),
    clubId: uuid("club_id").notNull().references(() => clubs.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    kind: reactionKind("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.checkinId, t.clubId, t.userId, t.kind] }),
    index("reactions_club_idx").on(t.clubId),
    index("reactions_user_idx").on(t.userId),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    checkinId: uuid("checkin_id").notNull().references(() => checkins.id, { onDelete: "cascade" }),
    clubId: uuid("club_id").notNull().references(() => clubs.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("comments_checkin_club_idx").on(t.checkinId, t.clubId, t.createdAt),
    index("comments_club_idx").on(t.clubId),
    index("comments_author_idx").on(t.authorId),
  ],
);
