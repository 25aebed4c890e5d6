import { and, asc, eq, or, sql } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export type DiscoverCursor = { name: string; id: string };

function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Public clubs matching a name or area, ordered by lower(name) then id, with keyset pagination on the
 * partial index clubs_public_name_idx. Private clubs are never listed.
 */
export async function discoverClubs(
  db: DbOrTx,
  userId: string | null,
  input: { query?: string | undefined; cursor?: DiscoverCursor | null | undefined; limit?: number | undefined },
) {
  const limit = input.limit ?? 20;
  const q = input.query?.trim();
  const nameKey = sql<string>`lower(${clubs.name})`;
  const rows = await db
    .select({
      id: clubs.id,
      slug: clubs.slug,
      name: clubs.name,
      area: clubs.area,
      description: clubs.description,
      joinPolicy: clubs.joinPolicy,
      memberCount: clubs.memberCount,
      sortName: nameKey,
      myStatus: clubMembers.status,
    })
    .from(clubs)
    .leftJoin(clubMembers, and(eq(clubMembers.clubId, clubs.id), userId ? eq(clubMembers.userId, userId) : sql`false`))
    .where(
      and(
        eq(clubs.privacy, "public"),
        q ? or(sql`lower(${clubs.name}) like ${likePattern(q)}`, sql`lower(${clubs.area}) like ${likePattern(q)}`) : undefined,
        input.cursor ? sql`(${nameKey}, ${clubs.id}) > (${input.cursor.name}, ${input.cursor.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(nameKey), asc(clubs.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ sortName: _s, ...club }) => club),
    nextCursor: rows.length > limit && last ? { name: last.sortName, id: last.id } : null,
  };
}
