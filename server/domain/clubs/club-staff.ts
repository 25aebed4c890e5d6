import { and, eq, inArray } from "drizzle-orm";
import { clubMembers } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/** User ids of the club's active owner and coaches, e.g. to tell them about a join request. */
export async function listClubStaffIds(tx: DbOrTx, clubId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: clubMembers.userId })
    .from(clubMembers)
    .where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.status, "active"), inArray(clubMembers.role, ["owner", "coach"])));
  return rows.map((r) => r.userId);
}
