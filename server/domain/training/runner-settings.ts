import { eq } from "drizzle-orm";
import type { DistanceUnit } from "@/contract/values";
import { users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

export type RunnerSettings = { distanceUnit: DistanceUnit; timeZone: string; name: string };

/** The units and time zone every training figure is shown in. */
export async function getRunnerSettings(db: DbOrTx, userId: string): Promise<RunnerSettings> {
  const [row] = await db
    .select({ distanceUnit: users.distanceUnit, timeZone: users.timeZone, name: users.name })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw AppError.accountGone();
  return row;
}
