import { TZDate } from "@date-fns/tz";
import type { DeliveryChannel, NotificationTopic } from "@/contract/values";

type Switches = Record<DeliveryChannel, boolean>;

/**
 * What each topic does before the user changes anything: news someone acts on (a block, a coach's reply, a join
 * request) emails; chatter (reactions, comments) stays in the app; time-bound things (group runs, reminders) push.
 * Reminders and digests are never bell notifications, so their in-app switch is off and not offered.
 */
export const DEFAULT_PREFERENCES: Record<NotificationTopic, Switches> = {
  reactions: { in_app: true, email: false, push: false },
  comments: { in_app: true, email: false, push: true },
  blocks: { in_app: true, email: true, push: true },
  clubs: { in_app: true, email: true, push: false },
  group_runs: { in_app: true, email: false, push: true },
  threads: { in_app: true, email: true, push: true },
  races: { in_app: true, email: true, push: true },
  reminders: { in_app: false, email: true, push: true },
  digests: { in_app: false, email: true, push: false },
};

/** The channels a topic can use at all (the profile grid shows only these). */
export const TOPIC_CHANNELS: Record<NotificationTopic, readonly DeliveryChannel[]> = {
  reactions: ["in_app", "email", "push"],
  comments: ["in_app", "email", "push"],
  blocks: ["in_app", "email", "push"],
  clubs: ["in_app", "email", "push"],
  group_runs: ["in_app", "email", "push"],
  threads: ["in_app", "email", "push"],
  races: ["in_app", "email", "push"],
  reminders: ["email", "push"],
  digests: ["email"],
};

/** The stored overrides of one user (rows of notification_preferences). */
export type PreferenceOverrides = readonly { topic: NotificationTopic; channel: DeliveryChannel; enabled: boolean }[];

export function channelEnabled(prefs: PreferenceOverrides, topic: NotificationTopic, channel: DeliveryChannel): boolean {
  if (!TOPIC_CHANNELS[topic].includes(channel)) return false;
  const override = prefs.find((p) => p.topic === topic && p.channel === channel);
  return override ? override.enabled : DEFAULT_PREFERENCES[topic][channel];
}

export type QuietHours = { timeZone: string; quietStartMin: number | null; quietEndMin: number | null };


/**
 * When quiet hours end, if `now` is inside them (in the user's own zone), else null. Hours may wrap past midnight
 * (22:00–07:00). The end is a wall-clock time, so it is built in the zone: across a summer-time change it is still 07:00.
 */
export function quietUntil(user: QuietHours, now: Date): Date | null {
  const { quietStartMin: start, quietEndMin: end } = user;
  if (start === null || end === null || start === end) return null;
  const local = new TZDate(now.getTime(), knownZone(user.timeZone));
  const minute = local.getHours() * 60 + local.getMinutes();
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return null;
  const dayOffset = minute < end ? 0 : 1; // past midnight already, or still before it
  const until = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + dayOffset, Math.floor(end / 60), end % 60, 0, local.timeZone!);
  return new Date(until.getTime());
}

/** The zone itself, or UTC if the runtime doesn't know it (as todayIn does). */
export function knownZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}
