export { assessReadiness, RULES, SLUMP_VERDICTS } from "./assess-readiness";
export type { CheckinSignals, PastCheckin, PastSession, Readiness, ReadinessInput } from "./assess-readiness";
export { easyPaceChange, LOAD_RATIO_FLAG, loadRatio, sessionLoad, trainingTrend, wellnessIndex } from "./measures";
