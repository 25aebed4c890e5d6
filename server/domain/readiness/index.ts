export { assessReadiness, RULES, SLUMP_VERDICTS } from "./assess-readiness";
export type { CheckinSignals, PastCheckin, PastSession, Readiness, ReadinessInput } from "./assess-readiness";
export { easyPaceChange, LOAD_RATIO_FLAG, loadRatio, sessionLoad, trainingTrend, wellnessIndex } from "./measures";
export type { PlanToday, RecentRace, Support } from "./race-and-plan";
export { RESTING_HR_BASELINE_DAYS, RESTING_HR_ELEVATED_BY, RESTING_HR_MIN_READINGS, restingHrBaseline } from "./resting-hr";
