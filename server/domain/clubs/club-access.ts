import { and, eq, sql } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

export type ClubRole = "owner" | "coach" | "member";

export async function loadClubAccess(db: DbOrTx, clubId: string, userId: string | null) {
  const rows = await db
    .select({
      club: clubs,
      role: clubMembers.role,
      status: clubMembers.status,
    })
    .from(clubs)
    .leftJoin(clubMembers, and(eq(clubMembers.clubId, clubs.id), userId ? eq(clubMembers.userId, userId) : sql`false`))
    .where(eq(clubs.id, clubId));
  const row = rows[0];
  if (!row) return null;
  const isActive = row.status === "active";
  return { club: row.club, role: isActive ? (row.role as ClubRole) : null, status: row.status };
}

export type ClubAccess = { club: NonNullable<Awaited<ReturnType<typeof loadClubAccess>>>["club"]; role: ClubRole };

/**
 * Active members only. A private club is "not found" to anyone else, so its existence never leaks;
 * a public club answers FORBIDDEN.
 */
export async function requireClubMember(db: DbOrTx, clubId: string, userId: string): Promise<ClubAccess> {
  const access = await loadClubAccess(db, clubId, userId);
  if (!access || (access.club.privacy === "private" && !access.role)) throw AppError.notFound("Club");
  if (!access.role) throw AppError.forbidden("Only members of this club can do that.");
  return { club: access.club, role: access.role };
}

export async function requireClubCoach(db: DbOrTx, clubId: string, userId: string): Promise<ClubAccess> {
  const access = await requireClubMember(db, clubId, userId);
  if (access.role === "member") throw AppError.forbidden("Only the club's coaches and owner can do that.");
  return access;
}

export async function requireClubOwner(db: DbOrTx, clubId: string, userId: string): Promise<ClubAccess> {
  const access = await requireClubMember(db, clubId, userId);
  if (access.role !== "owner") throw AppError.forbidden("Only the club's owner can do that.");
  return access;
}

/**
 * Anyone who may look at the club's public face: everyone for a public club, active members for a private one.
 * role is null for non-members; status is the caller's membership status, if any.
 */
export async function requireClubViewer(db: DbOrTx, clubId: string, userId: string | null) {
  const access = await loadClubAccess(db, clubId, userId);
  if (!access || (access.club.privacy === "private" && !access.role)) throw AppError.notFound("Club");
  return access;
}
