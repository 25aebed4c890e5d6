import { and, eq, sql } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/** Recounts active members; call it in the transaction that changed a membership, so lists never drift. */
export async function refreshMemberCount(tx: DbOrTx, clubId: string): Promise<void> {
  await tx
    .update(clubs)
    .set({
      memberCount: sql`(select count(*)::int from ${clubMembers} where ${and(eq(clubMembers.clubId, clubId), eq(clubMembers.status, "active"))})`,
    })
    .where(eq(clubs.id, clubId));
}
