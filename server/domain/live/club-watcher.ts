import type { Db } from "@/db/client";
import { requireClubAccess, type ClubRole } from "@/server/domain/clubs/club-access";
import { AppError } from "@/server/errors";
import type { ClubWatcher } from "./may-receive";

export function isStaffRole(role: ClubRole): boolean {
  return role === "owner" || role === "coach";
}

/**
 * After a membership event about the watcher: their role now, or null once they are no longer an active member (left,
 * removed), by the same access rule as every club procedure.
 */
export async function watcherRoleNow(db: Db, w: ClubWatcher): Promise<ClubRole | null> {
  try {
    const { role } = await requireClubAccess(db, { club: { id: w.clubId }, userId: w.userId, level: "member" });
    return role;
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
}
