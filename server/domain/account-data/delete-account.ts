import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { clubMembers, clubs, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";

/**
 * Deletes the account and, through foreign-key cascades, everything personal: sessions, races, goals,
 * check-ins (and so the posts and comments on them in club feeds), the runner's own comments and reactions,
 * memberships and notifications, and the coach threads on the runner's check-ins with every message in them (the
 * coaches' too: they are about the runner's health). Messages the runner wrote as a coach stay with their athletes,
 * unsigned. A sole club owner must hand the club on first, so no club is left ownerless.
 */
export async function deleteAccount(db: Db, userId: string) {
  return db.transaction(async (tx) => {
    const otherOwner = alias(clubMembers, "other_owner");
    const soleOwned = await tx
      .select({ name: clubs.name })
      .from(clubMembers)
      .innerJoin(clubs, eq(clubs.id, clubMembers.clubId))
      .leftJoin(
        otherOwner,
        and(eq(otherOwner.clubId, clubMembers.clubId), eq(otherOwner.role, "owner"), eq(otherOwner.status, "active"), ne(otherOwner.userId, userId)),
      )
      .where(and(eq(clubMembers.userId, userId), eq(clubMembers.role, "owner"), eq(clubMembers.status, "active"), sql`${otherOwner.userId} is null`));
    if (soleOwned.length > 0) {
      const names = soleOwned.map((c) => c.name).join(", ");
      throw new AppError(
        "CONFLICT",
        `You're the only owner of ${names}. Make another member the owner (or delete the club) first, then delete your account.`,
        { confirmation: [`Transfer ownership of ${names} first.`] },
      );
    }
    // Keep member counts in step with the memberships the cascade is about to remove.
    const activeIn = tx
      .select({ clubId: clubMembers.clubId })
      .from(clubMembers)
      .where(and(eq(clubMembers.userId, userId), eq(clubMembers.status, "active")));
    await tx
      .update(clubs)
      .set({ memberCount: sql`greatest(${clubs.memberCount} - 1, 0)` })
      .where(inArray(clubs.id, activeIn));
    const [gone] = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    if (!gone) throw AppError.accountGone();
    return { deleted: true as const };
  });
}
