import { and, eq, gt, lte } from "drizzle-orm";
import { trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addDays, todayIn } from "./dates";
import { computeLoadSignals } from "./load-signals";
import { getRunnerSettings } from "./runner-settings";

/**
 * The training-log signals readiness uses: the acute-to-chronic load ratio and whether recent training was stable.
 * `today` is the runner's own calendar day; it defaults to today in their time zone.
 */
export async function getLoadSignals(db: DbOrTx, userId: string, day?: string) {
  const today = day ?? todayIn((await getRunnerSettings(db, userId)).timeZone);
  const sessions = await db
    .select({ date: trainingSessions.date, load: trainingSessions.load })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.userId, userId), gt(trainingSessions.date, addDays(today, -28)), lte(trainingSessions.date, today)));
  return computeLoadSignals(sessions, today);
}
