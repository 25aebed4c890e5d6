import { eq } from "drizzle-orm";
import { clockOf } from "@/contract/preferences";
import { NOTIFICATION_TOPICS } from "@/contract/values";
import { notificationPreferences, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { channelEnabled, DEFAULT_PREFERENCES, TOPIC_CHANNELS } from "./preferences";

/** The user's whole grid (defaults with their overrides applied), reminder time, quiet hours and digest choice. */
export async function getPreferences(db: DbOrTx, userId: string) {
  const [[user], overrides] = await Promise.all([
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
  };
}
