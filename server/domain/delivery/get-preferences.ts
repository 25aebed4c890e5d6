import { and, eq, inArray } from "drizzle-orm";
import { clockOf } from "@/contract/preferences";
import { NOTIFICATION_TOPICS } from "@/contract/values";
import { clubMembers, notificationPreferences, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { channelEnabled, DEFAULT_PREFERENCES, TOPIC_CHANNELS } from "./preferences";

/** The user's whole grid (defaults with their overrides applied), reminder time, quiet hours and digest choice. */
export async function getPreferences(db: DbOrTx, userId: string) {
  const [[user], overrides, [coaching]] = await Promise.all([
    db
      .select({
        timeZone: users.timeZone,
        quietStartMin: users.quietStartMin,
        quietEndMin: users.quietEndMin,
        checkinReminderMin: users.checkinReminderMin,
        digestFrequency: users.digestFrequency,
      })
      .from(users)
      .where(eq(users.id, userId)),
    db
      .select({ topic: notificationPreferences.topic, channel: notificationPreferences.channel, enabled: notificationPreferences.enabled })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, userId)),
    db
      .select({ id: clubMembers.clubId })
      .from(clubMembers)
      .where(and(eq(clubMembers.userId, userId), eq(clubMembers.status, "active"), inArray(clubMembers.role, ["coach", "owner"])))
      .limit(1),
  ]);
  if (!user) throw AppError.accountGone();
  return {
    topics: NOTIFICATION_TOPICS.map((topic) => ({
      topic,
      channels: TOPIC_CHANNELS[topic].map((channel) => ({
        channel,
        enabled: channelEnabled(overrides, topic, channel),
        byDefault: DEFAULT_PREFERENCES[topic][channel],
      })),
    })),
    timeZone: user.timeZone,
    checkinReminder: user.checkinReminderMin === null ? null : clockOf(user.checkinReminderMin),
    quietHours:
      user.quietStartMin === null || user.quietEndMin === null ? null : { from: clockOf(user.quietStartMin), to: clockOf(user.quietEndMin) },
    digestFrequency: user.digestFrequency,
    /** The digest is about the clubs one coaches, so the page offers it to coaches. */
    coaches: coaching !== undefined,
  };
}
