import { raceResults, trainingSessions } from "@/db/schema";

/** The columns a session is shown with, plus its race result when it was a race. */
export const sessionColumns = {
  id: trainingSessions.id,
  date: trainingSessions.date,
  type: trainingSessions.type,
  durationMin: trainingSessions.durationMin,
  distanceM: trainingSessions.distanceM,
  rpe: trainingSessions.rpe,
  load: trainingSessions.load,
  notes: trainingSessions.notes,
  source: trainingSessions.source,
  race: {
    id: raceResults.id,
    distance: raceResults.distance,
    name: raceResults.name,
    timeSec: raceResults.timeSec,
    recoveryTemplateKey: raceResults.recoveryTemplateKey,
  },
};

/** A left-joined race comes back with null fields when the session was not a race; make it null instead. */
export function withRace<T extends { race: { id: string | null } | null }>(row: T) {
  return { ...row, race: row.race?.id ? row.race : null };
}
