import { and, asc, eq, sql } from "drizzle-orm";
import { clubMembers, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { keyset } from "@/server/domain/keyset/keyset";

const nameKey = sql<string>`lower(${users.name})`;
const memberPages = keyset("asc", { name: { on: nameKey, type: "text" }, id: { on: users.id, type: "uuid" } });

/**
 * A club's members with a given status, by name (keyset on lower(name), user id).
 * Access is checked by the caller: active members for the roster, coaches for pending requests.
 */
export async function listClubMembers(
  db: DbOrTx,
  clubId: string,
  input: { status: "active" | "pending"; cursor?: string | null | undefined; limit?: number | undefined },
) {
  const limit = input.limit ?? 50;
  const after = memberPages.after(input.cursor);
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
        after,
      ),
    )
    .orderBy(asc(nameKey), asc(users.id))
    .limit(limit + 1);
  const { items, nextCursor } = memberPages.page(rows, limit, (m) => ({ name: m.sortName, id: m.userId }));
  return { items: items.map(({ sortName: _s, ...m }) => m), nextCursor };
}
