import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { checkinShares, clubMembers } from "@/db/schema";
import { AppError } from "@/server/errors";

/** The check-in as shared with this club (and its author still a member), or "not found". */
export async function requireSharedCheckin(db: DbOrTx, { clubId, checkinId }: { clubId: string; checkinId: string }) {
  const [row] = await db
    .select({ authorId: checkinShares.userId })
    .from(checkinShares)
    .innerJoin(
      clubMembers,
      and(eq(clubMembers.clubId, checkinShares.clubId), eq(clubMembers.userId, checkinShares.userId), eq(clubMembers.status, "active")),
    )
    .where(and(eq(checkinShares.clubId, clubId), eq(checkinShares.checkinId, checkinId)));
  if (!row) throw AppError.notFound("Check-in");
  return row;
}
