import { sql, type SQL } from "drizzle-orm";
import { recoveryBlocks } from "@/db/schema";

/**
 * Which blocks a club's coaches may reach, before the membership check: the club's own, and the ones a runner started
 * themselves (no club). The caller adds that the athlete is an active member of this club.
 */
export function ownedByClubOrSelfStarted(clubId: string | SQL): SQL {
  return sql`(${recoveryBlocks.clubId} = ${clubId} or (${recoveryBlocks.clubId} is null and ${recoveryBlocks.selfStarted}))`;
}
