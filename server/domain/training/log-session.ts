import type { SessionInput } from "@/contract/training";
import { trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { todayIn } from "@/server/domain/days";
import { getRunnerSettings } from "./runner-settings";
import { checkSessionFacts, sessionLoad } from "./session-rules";
import { toMetres } from "./units";

/** Turns typed input into a row's values, refusing a future date or an absurd distance. */
export async function sessionValues(db: DbOrTx, userId: string, input: SessionInput, now = new Date()) {
  const settings = await getRunnerSettings(db, userId);
  const distanceM = input.distance === null ? null : toMetres(input.distance, settings.distanceUnit);
  checkSessionFacts({ date: input.date, distanceM, durationMin: input.durationMin }, todayIn(settings.timeZone, now));
  return {
    date: input.date,
    type: input.type,
    durationMin: input.durationMin,
    distanceM,
    rpe: input.rpe,
    load: sessionLoad(input.rpe, input.durationMin),
    notes: input.notes.trim(),
  };
}

export async function logSession(db: DbOrTx, userId: string, input: SessionInput) {
  const values = await sessionValues(db, userId, input);
  const [row] = await db.insert(trainingSessions).values({ ...values, userId, source: "manual" }).returning({ id: trainingSessions.id });
  return { id: row!.id };
}
