// Input schemas for clubs, invites, group runs and notifications. Zod only (no server code),
// so client forms validate with exactly the rules the server applies.
import { z } from "zod";
import { pageCursor } from "./page";

export const CLUB_LIMITS = {
  name: 80,
  slugMin: 3,
  slug: 40,
  description: 2000,
  area: 80,
  runTitle: 100,
  meetingPoint: 200,
  notes: 2000,
  paceGroup: 40,
  paceGroups: 8,
  inviteLabel: 60,
} as const;

const uuid = (what: string) => z.uuid(`Unknown ${what}`);
export const clubIdInput = z.object({ clubId: uuid("club") });

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(CLUB_LIMITS.slugMin, `Use at least ${CLUB_LIMITS.slugMin} characters`)
  .max(CLUB_LIMITS.slug, `Keep the address under ${CLUB_LIMITS.slug} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, numbers and single hyphens, like riverside-runners");

export const clubFields = z.object({
  name: z.string().trim().min(1, "Give the club a name").max(CLUB_LIMITS.name, `Keep the name under ${CLUB_LIMITS.name} characters`),
  slug: slugSchema,
  description: z.string().trim().max(CLUB_LIMITS.description, `Keep the description under ${CLUB_LIMITS.description} characters`),
  area: z.string().trim().max(CLUB_LIMITS.area, `Keep the area under ${CLUB_LIMITS.area} characters`),
  timeZone: z.string().trim().min(1, "Choose a time zone").max(64, "Unknown time zone"),
  privacy: z.enum(["public", "private"], "Choose public or private"),
  joinPolicy: z.enum(["open", "approval", "invite"], "Choose how people join"),
});
export type ClubFields = z.infer<typeof clubFields>;

export const createClubInput = clubFields;
export const updateClubInput = clubFields.extend({ clubId: uuid("club") });
export const deleteClubInput = z.object({ clubId: uuid("club"), confirmName: z.string().max(200, "That is not the club's name") });

export const discoverClubsInput = z.object({
  query: z.string().trim().max(80, "Keep the search under 80 characters").optional(),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).optional(),
});

export const memberTargetInput = z.object({ clubId: uuid("club"), userId: uuid("member") });
export const changeRoleInput = memberTargetInput.extend({ role: z.enum(["coach", "member"], "Choose coach or member") });
export const decideRequestInput = memberTargetInput.extend({ decision: z.enum(["approve", "decline"]) });
export const listMembersInput = z.object({
  clubId: uuid("club"),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(100).optional(),
});
export const auditLogInput = z.object({
  clubId: uuid("club"),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(100).optional(),
});

export const createInviteInput = z.object({
  clubId: uuid("club"),
  label: z.string().trim().max(CLUB_LIMITS.inviteLabel, `Keep the label under ${CLUB_LIMITS.inviteLabel} characters`).optional(),
  expiresInDays: z.number().int("Use whole days").min(1, "At least 1 day").max(365, "At most 365 days").nullish(),
  maxUses: z.number().int("Use a whole number").min(1, "At least 1 use").max(10_000, "At most 10,000 uses").nullish(),
});
export const inviteTargetInput = z.object({ clubId: uuid("club"), inviteId: uuid("invite") });
export const inviteTokenInput = z.object({ token: z.string().trim().min(16, "That invite link is not valid").max(128, "That invite link is not valid") });

/** "2026-05-02T08:30": a wall-clock time in the club's time zone, as an HTML datetime-local input gives it. */
export const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Pick a date and time");

export const createGroupRunInput = z.object({
  clubId: uuid("club"),
  title: z.string().trim().min(1, "Give the run a title").max(CLUB_LIMITS.runTitle, `Keep the title under ${CLUB_LIMITS.runTitle} characters`),
  startsAtLocal: localDateTime,
  meetingPoint: z.string().trim().max(CLUB_LIMITS.meetingPoint, `Keep the meeting point under ${CLUB_LIMITS.meetingPoint} characters`),
  distanceKm: z.number("Enter a distance in km").positive("Enter a distance above 0").max(250, "At most 250 km").nullish(),
  paceGroups: z
    .array(z.string().trim().min(1, "Pace groups can't be empty").max(CLUB_LIMITS.paceGroup, `Keep each pace group under ${CLUB_LIMITS.paceGroup} characters`))
    .max(CLUB_LIMITS.paceGroups, `At most ${CLUB_LIMITS.paceGroups} pace groups`),
  notes: z.string().trim().max(CLUB_LIMITS.notes, `Keep the notes under ${CLUB_LIMITS.notes} characters`),
});
export const runTargetInput = z.object({ clubId: uuid("club"), runId: uuid("group run") });
export const rsvpInput = runTargetInput.extend({ status: z.enum(["going", "maybe", "not_going"], "Choose going, maybe or not going") });
export const listGroupRunsInput = z.object({
  clubId: uuid("club"),
  when: z.enum(["upcoming", "past"]),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).optional(),
});

export const listNotificationsInput = z.object({
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).optional(),
  unreadOnly: z.boolean().optional(),
});
export const notificationIdInput = z.object({ id: uuid("notification") });
export const listInvitesInput = auditLogInput;
