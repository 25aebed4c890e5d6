// Notification preferences (the profile's grid): each topic, each channel, and the coach digest's frequency.
import type { DeliveryChannel, DigestFrequency, NotificationTopic } from "@/contract/values";

export const NOTIFICATION_TOPIC_LABELS: Record<NotificationTopic, { name: string; hint: string }> = {
  reactions: { name: "Reactions", hint: "Someone reacted to your check-in" },
  comments: { name: "Comments", hint: "Someone commented on your check-in" },
  blocks: { name: "Recovery blocks", hint: "Your coach assigned or changed a block" },
  clubs: { name: "Club membership", hint: "Join requests, approvals and role changes" },
  group_runs: { name: "Group runs", hint: "Runs you said you're going to, and cancellations" },
  threads: { name: "Coach threads", hint: "A reply about a check-in" },
  races: { name: "Races", hint: "A logged race, and the recovery the morning after" },
  reminders: { name: "Reminders", hint: "Check-in reminder, block days, group run reminders" },
  digests: { name: "Coach digest", hint: "Your athletes at a glance, for coaches" },
};
export const DELIVERY_CHANNEL_LABELS: Record<DeliveryChannel, string> = { in_app: "In the app", email: "Email", push: "Push" };
export const DIGEST_FREQUENCY_LABELS: Record<DigestFrequency, string> = { off: "Off", daily: "Daily", weekly: "Weekly (Mondays)" };
