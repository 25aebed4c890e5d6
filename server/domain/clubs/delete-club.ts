import { and, eq, ne } from "drizzle-orm";
import { clubMembers, clubs } from "@/db/schema";
import type { Db } from "@/db/client";
import { notify } from "@/server/domain/notifications/notify";
import { AppError } from "@/server/errors";

/**
 * Deletes the club after the owner typed its name. Members, invites, group runs, RSVPs, shares and the
 * audit log go with it through ON DELETE CASCADE, all in this one transaction.
 */
export async function deleteClub(
  db: Db,
  { actorId, club, confirmName }: { actorId: string; club: { id: string; name: string }; confirmName: string },
) {
  if (confirmName.trim().toLowerCase() !== club.name.trim().toLowerCase()) {
    throw AppError.field("confirmName", `Type the club's name, ${club.name}, to confirm.`);
  }
  await db.transaction(async (tx) => {
    const members = await tx
      .select({ userId: clubMembers.userId })
      .from(clubMembers)
      .where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.status, "active"), ne(clubMembers.userId, actorId)));
    await notify(
      tx,
      members.map((m) => ({ userId: m.userId, kind: "club.deleted", title: `${club.name} was closed`, body: "The owner deleted the club.", href: "/clubs" })),
    );
    await tx.delete(clubs).where(eq(clubs.id, club.id));
  });
  return { deleted: true as const };
}
