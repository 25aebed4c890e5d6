export { assessReadiness, RULES, SLUMP_VERDICTS } from "./assess-readiness";
export type { CheckinSignals, PastCheckin, PastSession, Readiness, ReadinessInput, Verdict } from "./assess-readiness";
export { easyPaceChange, LOAD_RATIO_FLAG, loadRatio, sessionLoad, trainingTrend, wellnessIndex } from "./measures";
// Only for db/seed/checkins.ts (not this mend's to edit); everything else imports days from @/server/domain/days.
export { addDays } from "@/server/domain/days";
