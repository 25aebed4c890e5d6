import { inArray, sql } from "drizzle-orm";
import type { DeliveryChannel, NotificationTopic } from "@/contract/values";
import { users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import type { PreferenceOverrides, QuietHours } from "./preferences";

export type Recipient = QuietHours & { id: string; overrides: PreferenceOverrides };

/** Each user's zone, quiet hours and stored overrides, in one query however many users. */
export async function loadRecipients(db: DbOrTx, userIds: string[]): Promise<Map<string, Recipient>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: users.id,
      timeZone: users.timeZone,
      quietStartMin: users.quietStartMin,
      quietEndMin: users.quietEndMin,
      overrides: sql<{ topic: NotificationTopic; channel: DeliveryChannel; enabled: boolean }[]>`coalesce((
        select json_agg(json_build_object('topic', p.topic, 'channel', p.channel, 'enabled', p.enabled))
        from notification_preferences p where p.user_id = ${users.id}), '[]'::json)`,
    })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}
