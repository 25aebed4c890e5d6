import type { DbOrTx } from "@/db/client";
import { requireClubAccess } from "./club-access";

/**
 * A club's page header, with the caller's own role and membership status. Who may see it is the club access rule's
 * "page" level: a private club shows itself to its active and pending members only.
 */
export async function getClubBySlug(db: DbOrTx, { slug, userId }: { slug: string; userId: string | null }) {
  const { club, role, status } = await requireClubAccess(db, { club: { slug }, userId, level: "page" });
  const { id, name, description, area, timeZone, privacy, joinPolicy, memberCount, createdAt } = club;
  return {
    id, slug: club.slug, name, description, area, timeZone, privacy, joinPolicy, memberCount, createdAt,
    myRole: role,
    myStatus: status,
  };
}
