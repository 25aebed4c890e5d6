// Every value list, declared once. The pg enums (db/schema), the zod enums (contract/*), the domain's types and the
// app's labels (app/_lib/labels/) all derive from these, so adding a value is one edit and a missing label fails
// typecheck. Zod only, like the rest of contract/: no labels here (they are app wording), no server code.

export const DISTANCE_UNITS = ["km", "mi"] as const;
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];

// Check-ins.
export const VISIBILITIES = ["private", "coaches", "clubs"] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const VERDICTS = ["push", "steady", "hold_back", "reset"] as const;
export type Verdict = (typeof VERDICTS)[number];
export const LEGS_FEELS = ["responsive", "normal", "heavy"] as const;
export type LegsFeel = (typeof LEGS_FEELS)[number];
/** Heart rate at easy effort, against the runner's usual. */
export const EASY_HEART_RATES = ["lower", "normal", "higher"] as const;
export type EasyHeartRate = (typeof EASY_HEART_RATES)[number];
export const WARMUP_FEELS = ["smooth", "ok", "rough"] as const;
export type WarmupFeel = (typeof WARMUP_FEELS)[number];
export const REACTION_KINDS = ["cheer", "been_there", "got_this"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];
/** The two weeks' training pattern the readiness signals report. */
export const TRAINING_TRENDS = ["stable", "inconsistent", "unknown"] as const;
export type TrainingTrend = (typeof TRAINING_TRENDS)[number];

// Clubs.
export const CLUB_PRIVACIES = ["public", "private"] as const;
export type ClubPrivacy = (typeof CLUB_PRIVACIES)[number];
export const JOIN_POLICIES = ["open", "approval", "invite"] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];
export const MEMBER_ROLES = ["owner", "coach", "member"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
/** The roles an owner can give; ownership moves only by transfer. */
export const ASSIGNABLE_ROLES = ["coach", "member"] as const satisfies readonly MemberRole[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];
// removed is sticky: a removed member cannot rejoin through an old invite link.
export const MEMBERSHIP_STATUSES = ["pending", "active", "declined", "removed"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export const JOIN_DECISIONS = ["approve", "decline"] as const;
export type JoinDecision = (typeof JOIN_DECISIONS)[number];
export const INVITE_STATES = ["valid", "revoked", "expired", "used_up"] as const;
export type InviteState = (typeof INVITE_STATES)[number];
export const RSVP_STATUSES = ["going", "maybe", "not_going"] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];
export const GROUP_RUN_WHEN = ["upcoming", "past"] as const;
export type GroupRunWhen = (typeof GROUP_RUN_WHEN)[number];

// Training.
export const SESSION_TYPES = [
  "easy", "long", "progression", "fartlek", "intervals", "tempo", "race", "walk", "cross_training", "strength",
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];
/** The session types that count as running (for "ran on a no-running day"). */
export const RUNNING_SESSION_TYPES = [
  "easy", "long", "progression", "fartlek", "intervals", "tempo", "race",
] as const satisfies readonly SessionType[];
// fit: a watch's FIT file; archive: one activity from a whole Strava or Garmin export.
export const SESSION_SOURCES = ["manual", "checkin", "gpx", "tcx", "fit", "archive"] as const;
export type SessionSource = (typeof SESSION_SOURCES)[number];
/** What an import batch read: one track file, a whole export archive, or a daily resting heart rate CSV. */
export const IMPORT_KINDS = ["file", "archive", "readings"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_STATUSES = ["running", "done", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
/** Training runs in phases; shared by recovery blocks and the weekly volume chart. */
export const PHASES = ["build", "maintain", "reset"] as const;
export type Phase = (typeof PHASES)[number];
export const RACE_DISTANCES = ["5k", "10k", "half", "marathon", "ultra"] as const;
export type RaceDistance = (typeof RACE_DISTANCES)[number];
export const GOAL_HORIZONS = ["next_month", "season", "year", "three_years", "career"] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];
export const GOAL_STATUSES = ["active", "achieved", "paused", "dropped"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

// Recovery blocks.
export const DAY_KINDS = [
  "rest", "walk", "easy_run", "cross_training", "strength", "mobility", "movement_only", "normal_training",
] as const;
export type DayKind = (typeof DAY_KINDS)[number];
// left_club: the athlete left or was removed from the block's club, which ends the block and its coaches' access.
export const BLOCK_STATUSES = ["active", "completed", "ended_early", "cancelled", "replaced", "left_club"] as const;
export type BlockStatus = (typeof BLOCK_STATUSES)[number];
export const BLOCK_DAY_STATUSES = ["pending", "done", "partial", "skipped"] as const;
export type BlockDayStatus = (typeof BLOCK_DAY_STATUSES)[number];
/** What an athlete can mark a day as. */
export const MARKED_DAY_STATUSES = ["done", "partial", "skipped"] as const satisfies readonly BlockDayStatus[];
export type MarkedDayStatus = (typeof MARKED_DAY_STATUSES)[number];
/** What to do with an athlete's current block when assigning a new one. */
export const ON_EXISTING_BLOCK = ["replace", "keep"] as const;
export type OnExistingBlock = (typeof ON_EXISTING_BLOCK)[number];
/** Block days with no running in them (a rest day, or a walk, cross-training, strength or mobility day). */
export const NO_RUNNING_DAY_KINDS = ["rest", "walk", "cross_training", "strength", "mobility"] as const satisfies readonly DayKind[];

// Reaching people outside the open tab.
/** What a notification is about; each can be switched on or off per channel. */
export const NOTIFICATION_TOPICS = [
  "reactions", "comments", "blocks", "clubs", "group_runs", "threads", "races", "reminders", "digests",
] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];
export const DELIVERY_CHANNELS = ["in_app", "email", "push"] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
export const ACCOUNT_TOKEN_PURPOSES = ["password_reset", "verify_email", "change_email"] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];
export const DIGEST_FREQUENCIES = ["off", "daily", "weekly"] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
