// The thresholds, named so readers and the boundary tests use the same numbers (readiness.test.ts pins their values).
export const RULES = {
  flatMood: 2, // mood at or below
  drained: 2, // energy at or below, however the night went
  stiff: 6, // soreness at or above
  poorSleep: 2, // sleep quality at or below
  highStress: 6, // stress at or above
  lowMotivation: 2, // motivation at or below
  wellnessSignsForHold: 2, // this many of poor sleep, low energy, high stress, very sore together make one hold-back signal
  burnoutDays: 3, // a sign on this many of the last 4 days (today included) persists
  bodyReadyEnergy: 5, // energy at or above ...
  bodyReadySoreness: 3, // ... with soreness at or below
  worseThanWeek: 4, // wellness index this much above the week's average (higher is worse)
  hardSessionRpe: 7,
  pushSignalsNeeded: 3,
  holdSignalsForHoldBack: 2,
  slumpDaysForReset: 2, // earlier hold-back/reset days this week that turn a hold-back into a reset
  easySlowerBy: 0.05, // easy runs this much slower (median pace, last week against the three before)
} as const;
