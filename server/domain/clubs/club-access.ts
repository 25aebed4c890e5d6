import { and, eq, sql } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { preparedPerDb } from "@/server/domain/queries/prepared-per-db";
import { AppError } from "@/server/errors";

type Club = typeof clubs.$inferSelect;
export type ClubRole = (typeof clubMembers.$inferSelect)["role"];
type MembershipStatus = (typeof clubMembers.$inferSelect)["status"];

/** Which club: by id (procedures) or by its address (the club page). */
export type ClubRef = { id: string } | { slug: string };

/** The caller's standing in a club: a role only while their membership is active; status is whatever their row says. */
export type ClubStanding = { club: Club; role: ClubRole | null; status: MembershipStatus | null };

/** A standing with a role: an active member, coach or owner. */
export type ClubAccess = ClubStanding & { role: ClubRole };

/**
 * How much of a club the caller needs:
 * - page: the club's page header. A pending member sees the club they asked to join.
 * - viewer: its public face (the group-run schedule): everyone for a public club, active members for a private one.
 * - member, coach, owner: active members with at least that role.
 */
export type ClubLevel = "page" | "viewer" | "member" | "coach" | "owner";

const ROLE_NEEDS = {
  member: { roles: ["owner", "coach", "member"], refusal: "Only members of this club can do that." },
  coach: { roles: ["owner", "coach"], refusal: "Only the club's coaches and owner can do that." },
  owner: { roles: ["owner"], refusal: "Only the club's owner can do that." },
} as const satisfies Record<string, { roles: readonly ClubRole[]; refusal: string }>;

// Every club procedure starts here, so the lookup is a prepared statement (built once per database handle, parsed
// once per connection), one per way of naming the club. A signed-out caller's null user id matches no membership.
const standingBy = preparedPerDb((db, by: "id" | "slug") =>
  db
    .select({ club: clubs, role: clubMembers.role, status: clubMembers.status })
    .from(clubs)
    .leftJoin(clubMembers, and(eq(clubMembers.clubId, clubs.id), eq(clubMembers.userId, sql.placeholder("userId"))))
    .where(eq(by === "id" ? clubs.id : clubs.slug, sql.placeholder("ref")))
    .prepare(`club_standing_by_${by}`),
);

async function loadStanding(db: DbOrTx, ref: ClubRef, userId: string | null): Promise<ClubStanding | null> {
  const [row] = "id" in ref
    ? await standingBy(db, "id").execute({ ref: ref.id, userId })
    : await standingBy(db, "slug").execute({ ref: ref.slug.toLowerCase(), userId });
  if (!row) return null;
  return { club: row.club, role: row.status === "active" ? row.role : null, status: row.status };
}

/** Whether a private club may show itself to this caller at this level; a public club shows itself to everyone. */
function seesPrivateClub(standing: ClubStanding, level: ClubLevel): boolean {
  if (standing.role) return true;
  return level === "page" && standing.status === "pending";
}

/**
 * The one access rule for clubs. A private club is "not found" to anyone it doesn't admit, so its existence never
 * leaks; a club the caller may see but not act in answers FORBIDDEN.
 */
export function requireClubAccess(db: DbOrTx, need: { club: ClubRef; userId: string | null; level: "page" | "viewer" }): Promise<ClubStanding>;
export function requireClubAccess(db: DbOrTx, need: { club: ClubRef; userId: string; level: keyof typeof ROLE_NEEDS }): Promise<ClubAccess>;
export async function requireClubAccess(
  db: DbOrTx,
  { club, userId, level }: { club: ClubRef; userId: string | null; level: ClubLevel },
): Promise<ClubStanding> {
  const standing = await loadStanding(db, club, userId);
  if (!standing || (standing.club.privacy === "private" && !seesPrivateClub(standing, level))) throw AppError.notFound("Club");
  if (level === "page" || level === "viewer") return standing;
  const need = ROLE_NEEDS[level];
  if (!standing.role) throw AppError.forbidden(ROLE_NEEDS.member.refusal);
  if (!(need.roles as readonly ClubRole[]).includes(standing.role)) throw AppError.forbidden(need.refusal);
  return standing;
}

/** Active members only (for callers outside tRPC, such as the bench routes). */
export function requireClubMember(db: DbOrTx, { clubId, userId }: { clubId: string; userId: string }): Promise<ClubAccess> {
  return requireClubAccess(db, { club: { id: clubId }, userId, level: "member" });
}
