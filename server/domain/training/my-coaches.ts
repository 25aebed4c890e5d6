import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { clubMembers, clubs, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export type MyCoach = {
  id: string;
  name: string;
  /** The first of their shared clubs by address, for the one-click assign link. */
  slug: string;
  /** Every club the runner shares with them, by name. */
  clubNames: string[];
};

/**
 * The coaches and owners of every club the runner is an active member of, each once: who a race would tell.
 * Scoped to the caller's own active memberships, so it names nobody from a club they left or only asked to join.
 */
export async function listMyCoaches(db: DbOrTx, userId: string): Promise<MyCoach[]> {
  const myClubs = db
    .select({ clubId: clubMembers.clubId })
    .from(clubMembers)
    .where(and(eq(clubMembers.userId, userId), eq(clubMembers.status, "active")));
  const rows = await db
    .select({ id: clubMembers.userId, name: users.name, slug: clubs.slug, clubName: clubs.name })
    .from(clubMembers)
    .innerJoin(clubs, eq(clubs.id, clubMembers.clubId))
    .innerJoin(users, eq(users.id, clubMembers.userId))
    .where(
      and(
        inArray(clubMembers.clubId, myClubs),
        eq(clubMembers.status, "active"),
        inArray(clubMembers.role, ["owner", "coach"]),
        ne(clubMembers.userId, userId),
      ),
    )
    .orderBy(asc(clubs.slug), asc(users.name));
  const byCoach = new Map<string, MyCoach>();
  for (const r of rows) {
    const seen = byCoach.get(r.id);
    if (seen) seen.clubNames.push(r.clubName);
    else byCoach.set(r.id, { id: r.id, name: r.name, slug: r.slug, clubNames: [r.clubName] });
  }
  return [...byCoach.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
