import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { CLUB_PRIVACIES, JOIN_POLICIES, MEMBER_ROLES, MEMBERSHIP_STATUSES, RSVP_STATUSES } from "../../contract/values";
import { users } from "./users";
import { verdict } from "./verdict";

export const clubPrivacy = pgEnum("club_privacy", CLUB_PRIVACIES);
export const joinPolicy = pgEnum("join_policy", JOIN_POLICIES);
export const memberRole = pgEnum("member_role", MEMBER_ROLES);
export const membershipStatus = pgEnum("membership_status", MEMBERSHIP_STATUSES);

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
    // The member's latest check-in this club's coaches may see (shared with coaches, or with this club), so the
    // triage dashboard reads one row per athlete instead of searching each one's history. Database triggers keep it
    // in step with every write to checkins, checkin_shares and this table (migration 0002), whatever wrote it.
    coachCheckinId: uuid("coach_checkin_id"),
    coachCheckinDate: date("coach_checkin_date", { mode: "string" }),
    coachCheckinVerdict: verdict("coach_checkin_verdict"),
    coachCheckinBurnout: boolean("coach_checkin_burnout"),
    coachCheckinCreatedAt: timestamp("coach_checkin_created_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.clubId, t.userId] }),
    index("club_members_user_idx").on(t.userId, t.status),
    index("club_members_club_status_idx").on(t.clubId, t.status, t.role),
  ],
);

/**
 * Invite links. Only a SHA-256 hash of the secret token is stored, so a leaked database cannot be turned
 * into working links. `uses` is bumped with a guarded UPDATE, so a use limit holds under concurrent joins.
 */
export const clubInvites = pgTable(
  "club_invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clubId: uuid("club_id").notNull().references(() => clubs.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    tokenHash: text("token_hash").notNull(),
    // The last few characters of the token, so owners can tell links apart without the secret.
    tokenHint: text("token_hint").notNull(),
    label: text("label").notNull().default(""),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    maxUses: integer("max_uses"),
    uses: integer("uses").notNull().default(0),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("club_invites_token_hash_key").on(t.tokenHash),
    index("club_invites_club_created_idx").on(t.clubId, t.createdAt.desc(), t.id.desc()),
    index("club_invites_created_by_idx").on(t.createdBy),
  ],
);

export const groupRuns = pgTable(
  "group_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clubId: uuid("club_id").notNull().references(() => clubs.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    meetingPoint: text("meeting_point").notNull().default(""),
    // Metres, so km and miles both convert exactly enough.
    distanceMeters: integer("distance_meters"),
    paceGroups: text("pace_groups").array().notNull().default(sql`'{}'::text[]`),
    notes: text("notes").notNull().default(""),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("group_runs_club_starts_idx").on(t.clubId, t.startsAt, t.id),
    index("group_runs_created_by_idx").on(t.createdBy),
  ],
);

export const rsvpStatus = pgEnum("rsvp_status", RSVP_STATUSES);

export const groupRunRsvps = pgTable(
  "group_run_rsvps",
  {
    runId: uuid("run_id").notNull().references(() => groupRuns.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    status: rsvpStatus("status").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.userId] }), index("group_run_rsvps_user_idx").on(t.userId)],
);
