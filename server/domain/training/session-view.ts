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
  // Pace in the log is distance over moving time, so the list carries it; the rest of the run data is the page's.
  movingSec: trainingSessions.movingSec,
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

/** A session's own page adds the run data an imported file brought (all null for sessions logged by hand). */
export const sessionDetailColumns = {
  ...sessionColumns,
  title: trainingSessions.title,
  startedAt: trainingSessions.startedAt,
  avgHr: trainingSessions.avgHr,
  maxHr: trainingSessions.maxHr,
  elevationGainM: trainingSessions.elevationGainM,
  splits: trainingSessions.splits,
};
