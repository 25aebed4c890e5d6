import type { NotificationTopic } from "@/contract/values";

// Kinds are "<area>.<event>"; a few events belong to a topic other than their area's.
const BY_KIND: Record<string, NotificationTopic> = {
  "club.run_cancelled": "group_runs",
};
const BY_AREA: Record<string, NotificationTopic> = {
  feed: "reactions", // feed.reaction; feed.comment is listed below
  block: "blocks",
  club: "clubs",
  group_run: "group_runs",
  thread: "threads",
  race: "races",
  reminder: "reminders",
  digest: "digests",
};

/** The preference topic a notification kind is switched by. Unknown kinds fall under "clubs", the catch-all. */
export function topicOfKind(kind: string): NotificationTopic {
  if (kind === "feed.comment") return "comments";
  const exact = BY_KIND[kind];
  if (exact) return exact;
  return BY_AREA[kind.split(".")[0] ?? ""] ?? "clubs";
}
