import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { clubMembers, recoveryBlocks, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { isCurrentBlock } from "./block-status";
import { ownedByClubOrSelfStarted } from "./club-reach";

/**
 * Active members a coach can give a block to: the ones asked for by id (a prefilled assign link) plus the
 * first matches for a name search, each with whether they are already on one of this club's blocks or a reset of their
 * own. One query.
 */
export async function listAssignable(db: DbOrTx, clubId: string, input: { search: string; ids: string[]; limit: number }) {
  const term = input.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      // This club's blocks and the athlete's own (which this club's coaches see): another club's coaching is none
      // of this coach's business.
      onBlock: sql<boolean>`exists (select 1 from ${recoveryBlocks} where ${recoveryBlocks.athleteId} = ${users.id}
        and ${ownedByClubOrSelfStarted(clubId)} and ${isCurrentBlock(sql`(now() at time zone ${users.timeZone})::date`)})`,
    })
    .from(clubMembers)
    .innerJoin(users, eq(users.id, clubMembers.userId))
    .where(
      and(
        eq(clubMembers.clubId, clubId),
        eq(clubMembers.status, "active"),
        eq(clubMembers.role, "member"),
        or(input.ids.length ? inArray(users.id, input.ids) : sql`false`, term ? ilike(users.name, `%${term}%`) : sql`true`),
      ),
    )
    // PostgreSQL refuses a constant in ORDER BY ("order by false"), so the ids-first key exists only with ids.
    .orderBy(...(input.ids.length ? [sql`${inArray(users.id, input.ids)} desc`] : []), asc(users.name), asc(users.id))
    .limit(input.limit + input.ids.length);
  return rows;
}
