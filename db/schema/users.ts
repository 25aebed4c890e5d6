import { sql } from "drizzle-orm";
import { integer, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { DIGEST_FREQUENCIES, DISTANCE_UNITS, VISIBILITIES } from "../../contract/values";

export const distanceUnit = pgEnum("distance_unit", DISTANCE_UNITS);
export const checkinVisibility = pgEnum("checkin_visibility", VISIBILITIES);
export const digestFrequency = pgEnum("digest_frequency", DIGEST_FREQUENCIES);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    // Carried in the session cookie; raising it (sign out everywhere, a new password) turns every older cookie away.
    sessionVersion: integer("session_version").notNull().default(0),
    distanceUnit: distanceUnit("distance_unit").notNull().default("km"),
    timeZone: text("time_zone").notNull().default("UTC"),
    // The last sharing choice on a check-in, offered again next time.
    lastCheckinVisibility: checkinVisibility("last_checkin_visibility").notNull().default("coaches"),
    lastCheckinClubIds: uuid("last_checkin_club_ids").array().notNull().default(sql`'{}'::uuid[]`),
    // Until verified, an address gets only its verification and password resets.
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    // Minutes after local midnight, in time_zone. Quiet hours hold back email and push, never in-app.
    quietStartMin: smallint("quiet_start_min"),
    quietEndMin: smallint("quiet_end_min"),
    // When to be reminded to check in (minutes after local midnight); null: no reminder.
    checkinReminderMin: smallint("checkin_reminder_min"),
    // The coach digest of the clubs this user coaches.
    digestFrequency: digestFrequency("digest_frequency").notNull().default("daily"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);
