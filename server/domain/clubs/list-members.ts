import { and, asc, eq, sql } from "drizzle-orm";
import { clubMembers, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export type MemberCursor = { name: string; userId: string };

/**
 * A club's members with a given status, by name (keyset on lower(name), user id).
 * Access is checked by the caller: active members for the roster, coaches for pending requests.
 */
export async function listClubMembers(
  db: DbOrTx,
  clubId: string,
  input: { status: "active" | "pending"; cursor?: MemberCursor | null | undefined; limit?: number | undefined },
) {
  const limit = input.limit ?? 50;
  const nameKey = sql<string>`lower(${users.name})`;
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      role: clubMembers.role,
      since: clubMembers.updatedAt,
      sortName: nameKey,
    })
    .from(clubMembers)
    .innerJoin(users, eq(users.id, clubMembers.userId))
    .where(
      and(
        eq(clubMembers.clubId, clubId),
        eq(clubMembers.status, input.status),
        input.cursor ? sql`(${nameKey}, ${users.id}) > (${input.cursor.name}, ${input.cursor.userId}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(nameKey), asc(users.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortName: _s, ...m }) => m),
    nextCursor: rows.length > limit && last ? { name: last.sortName, userId: last.userId } : null,
  };
}
