import type { ClubFields } from "@/contract/clubs";
import { clubMembers, clubs } from "@/db/schema";
import type { Db } from "@/db/client";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { AppError } from "@/server/errors";
import { assertClubFields, isUniqueViolation, slugTakenError } from "./club-rules";

export const CLUB_CREATION_LIMIT = { limit: 10, windowSeconds: 3600 };

/** Creates a club with the caller as its owner. */
export async function createClub(db: Db, userId: string, input: ClubFields) {
  assertClubFields(input);
  try {
    return await db.transaction(async (tx) => {
      // Inside the transaction, so a refused attempt (taken slug) doesn't use up the allowance.
      await enforceRateLimit(tx, `club-create:${userId}`, CLUB_CREATION_LIMIT, "new clubs");
      const [club] = await tx
        .insert(clubs)
        .values({ ...input, memberCount: 1 })
        .onConflictDoNothing({ target: clubs.slug })
        .returning({ id: clubs.id, slug: clubs.slug, name: clubs.name });
      if (!club) throw slugTakenError();
      await tx.insert(clubMembers).values({ clubId: club.id, userId, role: "owner", status: "active" });
      return club;
    });
  } catch (err) {
    if (!(err instanceof AppError) && isUniqueViolation(err)) throw slugTakenError();
    throw err;
  }
}
