import { and, asc, eq, sql } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/** The caller's clubs with the given membership status (active by default), by name. Bounded by how many clubs one person joins. */
export async function listMyClubs(db: DbOrTx, userId: string, status: "active" | "pending" = "active") {
  return db
    .select({
      id: clubs.id,
      slug: clubs.slug,
      name: clubs.name,
      area: clubs.area,
      privacy: clubs.privacy,
      memberCount: clubs.memberCount,
      role: clubMembers.role,
    })
    .from(clubMembers)
    .innerJoin(clubs, eq(clubs.id, clubMembers.clubId))
    .where(and(eq(clubMembers.userId, userId), eq(clubMembers.status, status)))
    .orderBy(asc(sql`lower(${clubs.name})`), asc(clubs.id))
    .limit(500);
}
