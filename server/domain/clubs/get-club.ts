import { and, eq, sql } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import type { ClubRole } from "./club-access";

/**
 * A club's page header, with the caller's own role. A private club is "not found" to anyone who is
 * neither an active nor a pending member, so its existence never leaks.
 */
export async function getClubBySlug(db: DbOrTx, slug: string, userId: string | null) {
  const [row] = await db
    .select({
      id: clubs.id,
      slug: clubs.slug,
      name: clubs.name,
      description: clubs.description,
      area: clubs.area,
      timeZone: clubs.timeZone,
      privacy: clubs.privacy,
      joinPolicy: clubs.joinPolicy,
      memberCount: clubs.memberCount,
      createdAt: clubs.createdAt,
      role: clubMembers.role,
      status: clubMembers.status,
    })
    .from(clubs)
    .leftJoin(clubMembers, and(eq(clubMembers.clubId, clubs.id), userId ? eq(clubMembers.userId, userId) : sql`false`))
    .where(eq(clubs.slug, slug.toLowerCase()));
  if (!row) throw AppError.notFound("Club");
  const { role, status, ...club } = row;
  const myRole: ClubRole | null = status === "active" ? role : null;
  const myStatus = status ?? null;
  if (club.privacy === "private" && myStatus !== "active" && myStatus !== "pending") throw AppError.notFound("Club");
  return { ...club, myRole, myStatus };
}
