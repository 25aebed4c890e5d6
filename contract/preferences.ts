// Notification preferences: which topics reach the user by which channel, the check-in reminder time, quiet hours
// and the coach digest. Times are "HH:MM" on the user's own clock (their profile's time zone).
import { z } from "zod";
import { DELIVERY_CHANNELS, DIGEST_FREQUENCIES, NOTIFICATION_TOPICS } from "./values";

const clockTime = (what: string) =>
  z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Enter ${what} as HH:MM, like 07:30`);

export const preferenceSwitch = z.object({
  topic: z.enum(NOTIFICATION_TOPICS, "Unknown notification kind"),
  channel: z.enum(DELIVERY_CHANNELS, "Unknown channel"),
  enabled: z.boolean(),
});

export const preferencesInput = z
  .object({
    switches: z.array(preferenceSwitch).max(NOTIFICATION_TOPICS.length * DELIVERY_CHANNELS.length, "Too many switches"),
    /** null: no check-in reminder. */
    checkinReminder: clockTime("the reminder time").nullable(),
    /** null: no quiet hours. */
    quietHours: z
      .object({ from: clockTime("the start of quiet hours"), to: clockTime("the end of quiet hours") })
      .refine((q) => q.from !== q.to, { path: ["to"], message: "Quiet hours must end at a different time than they start" })
      .nullable(),
    digestFrequency: z.enum(DIGEST_FREQUENCIES, "Choose off, daily or weekly"),
  })
  .refine((v) => new Set(v.switches.map((s) => `${s.topic}/${s.channel}`)).size === v.switches.length, {
    path: ["switches"],
    message: "Each switch may be set once",
  });
export type PreferencesInput = z.output<typeof preferencesInput>;

/** "07:30" → minutes after midnight. */
export function minutesOf(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h! * 60 + m!;
}

/** Minutes after midnight → "07:30". */
export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
