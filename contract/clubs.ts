// Clubs: creating, editing, deleting and discovering them, and a club's audit log. Zod only (no server code), so
// client forms validate with exactly the rules the server applies.
import { z } from "zod";
import { CLUB_LIMITS } from "./limits";
import { pageCursor } from "./paging";
import { CLUB_PRIVACIES, JOIN_POLICIES } from "./values";

export { CLUB_LIMITS };

const clubId = z.uuid("Unknown club");
export const clubIdInput = z.object({ clubId });

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
  privacy: z.enum(CLUB_PRIVACIES, "Choose public or private"),
  joinPolicy: z.enum(JOIN_POLICIES, "Choose how people join"),
});
export type ClubFields = z.output<typeof clubFields>;

export const createClubInput = clubFields;
export const updateClubInput = clubFields.extend({ clubId });
export const deleteClubInput = z.object({ clubId, confirmName: z.string().max(200, "That is not the club's name") });

export const discoverClubsInput = z.object({
  query: z.string().trim().max(80, "Keep the search under 80 characters").optional(),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).optional(),
});

export const auditLogInput = z.object({
  clubId,
  cursor: pageCursor,
  limit: z.number().int().min(1).max(100).optional(),
});
