import type { RaceInput } from "@/contract/training";
import { RACE_DISTANCE_LABELS } from "@/contract/labels";
import { raceResults, trainingSessions } from "@/db/schema";
import type { Db } from "@/db/client";
import { notify } from "@/server/domain/notifications/notify";
import { todayIn } from "@/server/domain/days";
import { listMyCoaches } from "./my-coaches";
import { getRunnerSettings } from "./runner-settings";
import { POST_RACE_ADVICE, postRaceTemplateKey, RACE_METRES } from "./post-race";
import { checkSessionFacts, raceLoad } from "./session-rules";
import { toMetres } from "./units";

/**
 * Logs a race as a session plus its result, proposes the matching post-race recovery to the runner
 * and, unless the runner chose not to, tells their coaches, with a one-click link to assign it. All in one transaction.
 */
export async function logRace(db: Db, userId: string, input: RaceInput, now = new Date()) {
  const settings = await getRunnerSettings(db, userId);
  const distanceM = input.measuredDistance === null ? RACE_METRES[input.distance] : toMetres(input.measuredDistance, settings.distanceUnit);
  const durationMin = Math.max(1, Math.round(input.timeSec / 60));
  checkSessionFacts({ date: input.date, distanceM, durationMin }, todayIn(settings.timeZone, now));
  const templateKey = postRaceTemplateKey(input.distance);
  const name = input.name.trim();

  return db.transaction(async (tx) => {
    const [session] = await tx
      .insert(trainingSessions)
      .values({
        userId,
        date: input.date,
        type: "race",
        durationMin,
        distanceM,
        rpe: input.rpe,
        load: raceLoad(input.rpe, durationMin, input.distance),
        notes: input.notes.trim(),
        source: "manual",
      })
      .returning({ id: trainingSessions.id });
    const coaches = input.notifyCoaches ? await listMyCoaches(tx, userId) : [];
    const [race] = await tx
      .insert(raceResults)
      .values({
        userId,
        sessionId: session!.id,
        distance: input.distance,
        name,
        date: input.date,
        timeSec: input.timeSec,
        recoveryTemplateKey: templateKey,
        coachesNotified: coaches.length > 0,
      })
      .returning({ id: raceResults.id });
    // Mid-sentence: "ran a half marathon", "ran a 10K".
    const label = RACE_DISTANCE_LABELS[input.distance].replace(/^[A-Z][a-z]/, (s) => s.toLowerCase());
    await notify(
      tx,
      coaches.map((c) => ({
        userId: c.id,
        kind: "race.logged",
        title: `${settings.name} ran a ${label}${name ? ` (${name})` : ""}`,
        body: `Suggested recovery: ${POST_RACE_ADVICE[templateKey].summary}`,
        href: `/clubs/${c.slug}/assign?athletes=${userId}&template=${templateKey}`,
      })),
    );
    return {
      raceId: race!.id,
      sessionId: session!.id,
      templateKey,
      recovery: POST_RACE_ADVICE[templateKey],
      coachesNotified: coaches.length,
    };
  });
}
