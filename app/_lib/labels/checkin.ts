// The check-in's own choices (how the body feels, who sees it) and the burnout message it can lead to.
import type { EasyHeartRate, LegsFeel, Visibility, WarmupFeel } from "@/contract/values";

export const VISIBILITY_LABELS: Record<Visibility, string> = { private: "Only me", coaches: "My coaches", clubs: "My club(s)" };
export const LEGS_FEEL_LABELS: Record<LegsFeel, string> = { responsive: "Responsive", normal: "Normal", heavy: "Heavy" };
export const EASY_HEART_RATE_LABELS: Record<EasyHeartRate, string> = { lower: "Lower", normal: "Usual", higher: "Higher" };
export const WARMUP_FEEL_LABELS: Record<WarmupFeel, string> = { smooth: "Smooth", ok: "OK", rough: "Rough" };
export const BURNOUT_MESSAGE =
  "Several days of feeling like this is a signal, not a weakness. It isn't something to push through: take it gently, and let your coach help you plan a reset.";
