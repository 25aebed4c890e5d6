import { and, eq, ne, sql } from "drizzle-orm";
import type { ClubFields } from "@/contract/clubs";
import { clubs } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { assertClubFields, isUniqueViolation, slugTakenError } from "./club-rules";

/** The owner edits the club's details, privacy and join policy. Access is checked by the caller. */
export async function updateClub(db: Db, clubId: string, input: ClubFields) {
  assertClubFields(input);
  const [taken] = await db
    .select({ id: clubs.id })
    .from(clubs)
    .where(and(eq(clubs.slug, input.slug), ne(clubs.id, clubId)));
  if (taken) throw slugTakenError();
  try {
    const [row] = await db
      .update(clubs)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(clubs.id, clubId))
      .returning({ id: clubs.id, slug: clubs.slug, name: clubs.name });
    if (!row) throw AppError.notFound("Club");
    return row;
  } catch (err) {
    if (!(err instanceof AppError) && isUniqueViolation(err)) throw slugTakenError();
    throw err;
  }
}
