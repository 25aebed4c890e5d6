import type { NotificationTopic } from "@/contract/values";

/** How an email's footer names the kind of mail it is, in "emails about …". */
export const TOPIC_EMAIL_WORDS: Record<NotificationTopic, string> = {
  reactions: "reactions to your posts",
  comments: "comments",
  blocks: "training blocks",
  clubs: "club membership",
  group_runs: "group runs",
  threads: "coach threads",
  races: "races and recovery",
  reminders: "reminders",
  digests: "coach digests",
};
