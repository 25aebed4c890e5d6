import { and, eq, sql } from "drizzle-orm";
import { clubInvites } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

/** Revokes a link of this club; revoking twice is harmless. */
export async function revokeInvite(db: DbOrTx, { clubId, inviteId }: { clubId: string; inviteId: string }) {
  const [row] = await db
    .update(clubInvites)
    .set({ revokedAt: sql`coalesce(${clubInvites.revokedAt}, now())` })
    .where(and(eq(clubInvites.clubId, clubId), eq(clubInvites.id, inviteId)))
    .returning({ id: clubInvites.id, revokedAt: clubInvites.revokedAt });
  if (!row) throw AppError.notFound("Invite link");
  return row;
}

