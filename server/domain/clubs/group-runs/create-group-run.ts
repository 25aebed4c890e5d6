import type { GroupRunFields } from "@/contract/group-runs";
import { groupRuns } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { parseClubLocalTime } from "./run-time";

/** An owner or coach schedules a group run; the start is given in the club's time zone and must be in the future. */
export async function createGroupRun(
  db: DbOrTx,
  { actorId, club, input }: { actorId: string; club: { id: string; timeZone: string }; input: GroupRunFields },
  now = new Date(),
) {
  const startsAt = parseClubLocalTime(input.startsAtLocal, club.timeZone);
  if (!startsAt) throw AppError.field("startsAtLocal", "Pick a real date and time");
  if (startsAt.getTime() <= now.getTime()) throw AppError.field("startsAtLocal", "That time has already passed. Pick a time in the future.");
  const [run] = await db
    .insert(groupRuns)
    .values({
      clubId: club.id,
      createdBy: actorId,
      title: input.title,
      startsAt,
      meetingPoint: input.meetingPoint,
      distanceMeters: input.distanceKm ? Math.round(input.distanceKm * 1000) : null,
      paceGroups: [...new Set(input.paceGroups)],
      notes: input.notes,
    })
    .returning();
  return run!;
}
