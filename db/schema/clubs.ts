import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const clubPrivacy = pgEnum("club_privacy", ["public", "private"]);
export const joinPolicy = pgEnum("join_policy", ["open", "approval", "invite"]);
export const memberRole = pgEnum("member_role", ["owner", "coach", "member"]);
// removed is sticky: a removed member cannot rejoin through an old invite link.
export const membershipStatus = pgEnum("membership_status", ["pending", "active", "declined", "removed"]);

export const clubs = pgTable(
  "clubs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    area: text("area").notNull().default(""),
    timeZone: text("time_zone").notNull().default("UTC"),
    privacy: clubPrivacy("privacy").notNull().default("public"),
    joinPolicy: joinPolicy("join_policy").notNull().default("open"),
    // Kept in step with club_members inside the same transaction, so lists need no COUNT per row.
    memberCount: integer("member_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("clubs_slug_key").on(t.slug),
    index("clubs_public_name_idx").on(sql`lower(${t.name})`, t.id).where(sql`${t.privacy} = 'public'`),
  ],
);

export const clubMembers = pgTable(
  "club_members",
  {
    clubId: uuid("club_id").notNull().references(() => clubs.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull().default("member"),
    status: membershipStatus("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.clubId, t.userId] }),
    index("club_members_user_idx").on(t.userId, t.status),
    index("club_members_club_status_idx").on(t.clubId, t.status, t.role),
  ],
);
