// The app's words for each value list (contract/values.ts), one map per list. Typed Record<Type, …>, so a value
// without a label fails typecheck. Labels the server writes too come from contract/labels.ts.
import type {
  DeliveryChannel, DigestFrequency, NotificationTopic,
  BlockDayStatus, BlockStatus, ClubPrivacy, DistanceUnit, EasyHeartRate, GoalHorizon, GoalStatus, InviteState, JoinPolicy, LegsFeel,
  MemberRole, OnExistingBlock, Phase, ReactionKind, RsvpStatus, SessionSource, SessionType, TrainingTrend, Verdict,
  Visibility, WarmupFeel,
} from "@/contract/values";
import type { ImportKind, ImportStatus } from "@/contract/values";
import { BicepsFlexed, Handshake, PartyPopper, type LucideIcon } from "lucide-react";
import type { SourceFilter } from "@/contract/imports";
import type { TriageFilter } from "@/contract/dashboard";

export { DAY_KIND_LABELS, RACE_DISTANCE_LABELS } from "@/contract/labels";

// The coach dashboard's filter
export const TRIAGE_FILTER_LABELS: Record<TriageFilter, string> = { all: "All athletes", flagged_unanswered: "Flagged and unanswered" };

// Check-ins
export const VERDICT_LABELS: Record<Verdict, string> = { push: "Push", steady: "Steady", hold_back: "Hold back", reset: "Reset" };
/** What a verdict advises, for the check-in result and Today; its colours are in app/_lib/palette.ts. */
export const VERDICT_DISPLAY: Record<Verdict, { label: string; advice: string }> = {
  push: { label: VERDICT_LABELS.push, advice: "Extend today: the body is ready." },
  steady: { label: VERDICT_LABELS.steady, advice: "Run the plan as written." },
  hold_back: { label: VERDICT_LABELS.hold_back, advice: "Go easy or shorter today." },
  reset: { label: VERDICT_LABELS.reset, advice: "Step back now: start a reset yourself, or plan one with your coach." },
};
/** The reset advice once a block is current: follow it, rather than plan another. */
export const RESET_ON_BLOCK_ADVICE = "Step back now: follow your current block, and take its rest days as rest.";
export const VISIBILITY_LABELS: Record<Visibility, string> = { private: "Only me", coaches: "My coaches", clubs: "My club(s)" };
export const LEGS_FEEL_LABELS: Record<LegsFeel, string> = { responsive: "Responsive", normal: "Normal", heavy: "Heavy" };
export const EASY_HEART_RATE_LABELS: Record<EasyHeartRate, string> = { lower: "Lower", normal: "Usual", higher: "Higher" };
export const WARMUP_FEEL_LABELS: Record<WarmupFeel, string> = { smooth: "Smooth", ok: "OK", rough: "Rough" };
/** Each reaction's name (its button's accessible name) and its lucide icon, drawn as SVG so it shows without an emoji font. */
export const REACTIONS: Record<ReactionKind, { label: string; Icon: LucideIcon }> = {
  cheer: { label: "Cheer", Icon: PartyPopper },
  been_there: { label: "Been there", Icon: Handshake },
  got_this: { label: "You've got this", Icon: BicepsFlexed },
};
export const BURNOUT_MESSAGE =
  "Several days of feeling like this is a signal, not a weakness. It isn't something to push through: take it gently, and let your coach help you plan a reset.";

// Clubs
export const ROLE_LABELS: Record<MemberRole, string> = { owner: "Owner", coach: "Coach", member: "Member" };
export const JOIN_POLICY_LABELS: Record<JoinPolicy, string> = { open: "Open to all", approval: "Join on approval", invite: "Invite only" };
/** The club form's choices: a title and what it means (the form's own wording, which the e2e specs pick by). */
export const CLUB_PRIVACY_CHOICES: Record<ClubPrivacy, { label: string; hint: string }> = {
  public: { label: "Public", hint: "Listed in Discover; anyone can see the club page." },
  private: { label: "Private", hint: "Unlisted; only members see inside." },
};
export const JOIN_POLICY_CHOICES: Record<JoinPolicy, { label: string; hint: string }> = {
  open: { label: "Open", hint: "Anyone can join at once." },
  approval: { label: "Request and approval", hint: "The owner or a coach approves each request." },
  invite: { label: "Invite only", hint: "Only through an invite link." },
};
export const RSVP_LABELS: Record<RsvpStatus, string> = { going: "Going", maybe: "Maybe", not_going: "Not going" };
export const INVITE_STATE_LABELS: Record<InviteState, string> = { valid: "Active", revoked: "Revoked", expired: "Expired", used_up: "Used up" };

// Training
export const DISTANCE_UNIT_LABELS: Record<DistanceUnit, string> = { km: "Kilometres (km)", mi: "Miles (mi)" };
export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  easy: "Easy run",
  long: "Long run",
  progression: "Progression run",
  fartlek: "Fartlek",
  intervals: "Intervals",
  tempo: "Tempo",
  race: "Race",
  walk: "Walk",
  cross_training: "Cross-training",
  strength: "Strength",
};
/** Where a session came from; nothing is shown for one logged by hand. */
export const SESSION_SOURCE_LABELS: Record<SessionSource, string | null> = { manual: null, checkin: "From a check-in", gpx: "GPX import", tcx: "TCX import", fit: "FIT import", archive: "From an export archive" };
export const TRAINING_TREND_LABELS: Record<TrainingTrend, string> = { stable: "stable and repeatable", inconsistent: "up and down", unknown: "no clear pattern yet" };
export const GOAL_HORIZON_LABELS: Record<GoalHorizon, string> = {
  next_month: "Next month",
  season: "This season",
  year: "This year",
  three_years: "Next 3 years",
  career: "Running career",
};
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  active: "Working on it",
  achieved: "Achieved",
  paused: "Paused",
  dropped: "Let go",
};

// Recovery blocks
export const PHASE_LABELS: Record<Phase, string> = { build: "Build", maintain: "Maintain", reset: "Reset" };
/** A week (or stretch) with no sessions and no block: shown as itself, never as a phase. */
export const NO_TRAINING_LABEL = "No training";
export const BLOCK_STATUS_LABELS: Record<BlockStatus, string> = {
  active: "Active",
  completed: "Completed",
  ended_early: "Ended early",
  cancelled: "Cancelled",
  replaced: "Replaced",
  left_club: "Ended: left the club",
};
export const DAY_STATUS_LABELS: Record<BlockDayStatus, string> = { pending: "Not marked", done: "Done", partial: "Partly done", skipped: "Skipped" };
/** How a day felt, 1 (awful) to 5 (great), at index feel - 1. */
export const FEEL_LABELS = ["Awful", "Rough", "OK", "Good", "Great"] as const;
export const ON_EXISTING_LABELS: Record<OnExistingBlock, string> = {
  replace: "Replace their current block with this one",
  keep: "Keep their current block and skip them",
};

// Bringing your history
export const SOURCE_FILTER_LABELS: Record<SourceFilter, string> = { manual: "Logged by hand", file: "Single files", archive: "Export archives" };
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { file: "Track file", archive: "Export archive", readings: "Resting heart rate CSV" };
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = { running: "In progress", done: "Finished", failed: "Stopped" };
export const IMPORT_OUTCOME_LABELS: Record<"imported" | "duplicate" | "failed" | "skipped", string> = {
  imported: "Imported", duplicate: "Already in your log", failed: "Failed", skipped: "Skipped",
};

// Notification preferences (the profile's grid).
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
