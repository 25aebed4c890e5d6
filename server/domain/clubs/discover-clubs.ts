import { and, asc, eq, or, sql } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { keyset } from "@/server/domain/keyset/keyset";

const nameKey = sql<string>`lower(${clubs.name})`;
const clubPages = keyset("asc", { name: { on: nameKey, type: "text" }, id: { on: clubs.id, type: "uuid" } });

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
  input: { query?: string | undefined; cursor?: string | null | undefined; limit?: number | undefined },
) {
  const limit = input.limit ?? 20;
  const q = input.query?.trim();
  const after = clubPages.after(input.cursor);
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
        after,
      ),
    )
    .orderBy(asc(nameKey), asc(clubs.id))
    .limit(limit + 1);
  const { items, nextCursor } = clubPages.page(rows, limit, (c) => ({ name: c.sortName, id: c.id }));
  return { items: items.map(({ sortName: _s, ...club }) => club), nextCursor };
}
