import { eq, sql } from "drizzle-orm";
import { minutesOf, type PreferencesInput } from "@/contract/preferences";
import { notificationPreferences, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { getPreferences } from "./get-preferences";
import { DEFAULT_PREFERENCES, TOPIC_CHANNELS } from "./preferences";

/**
 * Saves the grid and times in one transaction. Only switches that differ from the topic's default are stored, so a
 * better default later reaches everyone who never chose; switches the form didn't send keep their stored value.
 */
export async function updatePreferences(db: Db, userId: string, input: PreferencesInput) {
  const bad = input.switches.findIndex((s) => !TOPIC_CHANNELS[s.topic].includes(s.channel));
  if (bad >= 0) throw AppError.field("switches", `${input.switches[bad]!.topic} can't be sent by ${input.switches[bad]!.channel}`);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        checkinReminderMin: input.checkinReminder === null ? null : minutesOf(input.checkinReminder),
        quietStartMin: input.quietHours === null ? null : minutesOf(input.quietHours.from),
        quietEndMin: input.quietHours === null ? null : minutesOf(input.quietHours.to),
        digestFrequency: input.digestFrequency,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!row) throw AppError.accountGone();
    const overrides = input.switches.filter((s) => s.enabled !== DEFAULT_PREFERENCES[s.topic][s.channel]);
    const backToDefault = input.switches.filter((s) => s.enabled === DEFAULT_PREFERENCES[s.topic][s.channel]);
    if (backToDefault.length > 0) {
      await tx.execute(sql`
        delete from notification_preferences
        where user_id = ${userId}
          and (topic::text, channel::text) in (${sql.join(backToDefault.map((s) => sql`(${s.topic}, ${s.channel})`), sql`, `)})`);
    }
    if (overrides.length > 0) {
      await tx
        .insert(notificationPreferences)
        .values(overrides.map((s) => ({ userId, topic: s.topic, channel: s.channel, enabled: s.enabled })))
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.topic, notificationPreferences.channel],
          set: { enabled: sql`excluded.enabled`, updatedAt: sql`now()` },
        });
    }
    return getPreferences(tx, userId);
  });
}
