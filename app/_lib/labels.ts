// The app's words for each value list (contract/values.ts), one map per list. Typed Record<Type, …>, so a value
// without a label fails typecheck. Labels the server writes too come from contract/labels.ts.
import type {
  BlockDayStatus, BlockStatus, ClubPrivacy, DistanceUnit, EasyHeartRate, GoalHorizon, GoalStatus, InviteState, JoinPolicy, LegsFeel,
  MemberRole, OnExistingBlock, Phase, ReactionKind, RsvpStatus, SessionSource, SessionType, TrainingTrend, Verdict,
  Visibility, WarmupFeel,
} from "@/contract/values";

export { DAY_KIND_LABELS, RACE_DISTANCE_LABELS } from "@/contract/labels";

// Check-ins
export const VERDICT_LABELS: Record<Verdict, string> = { push: "Push", steady: "Steady", hold_back: "Hold back", reset: "Reset" };
/** How a verdict looks and what it advises, for the badge, the check-in result and the charts. */
export const VERDICT_DISPLAY: Record<Verdict, { label: string; tone: string; advice: string; color: string }> = {
  push: { label: VERDICT_LABELS.push, tone: "bg-emerald-100 text-emerald-900 ring-emerald-300", advice: "Extend today: the body is ready.", color: "#059669" },
  steady: { label: VERDICT_LABELS.steady, tone: "bg-sky-100 text-sky-900 ring-sky-300", advice: "Run the plan as written.", color: "#0284c7" },
  hold_back: { label: VERDICT_LABELS.hold_back, tone: "bg-amber-100 text-amber-900 ring-amber-300", advice: "Go easy or shorter today.", color: "#d97706" },
  reset: { label: VERDICT_LABELS.reset, tone: "bg-violet-100 text-violet-900 ring-violet-300", advice: "Step back now. Your coach can plan a reset phase with you.", color: "#7c3aed" },
};
export const VISIBILITY_LABELS: Record<Visibility, string> = { private: "Only me", coaches: "My coaches", clubs: "My club(s)" };
export const LEGS_FEEL_LABELS: Record<LegsFeel, string> = { responsive: "Responsive", normal: "Normal", heavy: "Heavy" };
export const EASY_HEART_RATE_LABELS: Record<EasyHeartRate, string> = { lower: "Lower", normal: "Usual", higher: "Higher" };
export const WARMUP_FEEL_LABELS: Record<WarmupFeel, string> = { smooth: "Smooth", ok: "OK", rough: "Rough" };
export const REACTIONS: Record<ReactionKind, { label: string; emoji: string }> = {
  cheer: { label: "Cheer", emoji: "👏" },
  been_there: { label: "Been there", emoji: "🤝" },
  got_this: { label: "You've got this", emoji: "💪" },
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
export const PHASE_COLOURS: Record<Phase, string> = { build: "bg-brand-600", maintain: "bg-sky-500", reset: "bg-ember-500" };
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
