import { eq } from "drizzle-orm";
import { clubInvites, clubs } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { hashInviteToken } from "./invite-token";

/** The invite behind a token, with its club; null for an unknown token. */
export async function findInviteByToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ invite: clubInvites, club: clubs })
    .from(clubInvites)
    .innerJoin(clubs, eq(clubs.id, clubInvites.clubId))
    .where(eq(clubInvites.tokenHash, hashInviteToken(token)));
  return row ?? null;
}
