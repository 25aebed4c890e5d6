// The limits and fixed words that forms show before anything is sent (a field's maxLength, a hint, a file size).
// No zod here: client components import these without pulling the schemas, and zod (~30 KB compressed), into every
// page that only shows a limit. The schema modules re-export them, so server code imports them from there as before.

// Sign-up, password changes and account deletion (./account).
/** The shortest password accepted; forms say so in their hints. */
export const PASSWORD_MIN = 10;
export const DELETE_CONFIRMATION = "delete my account";

// Check-ins (./checkins), feed comments (./feed) and coach threads (./threads).
export const NOTE_MAX = 2000;
export const COMMENT_MAX = 1000;
/** A thread message has the same limits as a feed comment. */
export const THREAD_MESSAGE_MAX = COMMENT_MAX;

// Clubs, their invites, group runs and templates.
export const CLUB_LIMITS = {
  name: 80,
  slugMin: 3,
  slug: 40,
  description: 2000,
  area: 80,
} as const;
export const INVITE_LIMITS = { label: 60 } as const;
export const GROUP_RUN_LIMITS = {
  title: 100,
  meetingPoint: 200,
  notes: 2000,
  paceGroup: 40,
  paceGroups: 8,
} as const;
export const MAX_BLOCK_DAYS = 42;

// Training and imports (./training, ./imports).
/** 5 MB: a long run's track is well under 1 MB; more means several activities or a wrong file. */
export const MAX_TRACK_FILE_BYTES = 5 * 1024 * 1024;
/** 1 GB: a runner's whole Strava archive with years of FIT files; anything bigger is split by the runner. */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;
/** 2 MB: ten years of daily rows with a dozen columns. */
export const MAX_READINGS_CSV_CHARS = 2 * 1024 * 1024;
/** The training log's source filter: manual (typed or from a check-in), single files, or whole archives. */
export const SOURCE_FILTERS = ["manual", "file", "archive"] as const;
export type SourceFilter = (typeof SOURCE_FILTERS)[number];
