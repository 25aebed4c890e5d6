// A check-in's verdict: its name (which the palette's chips carry on every page) and what it advises.
import type { Verdict } from "@/contract/values";

export const VERDICT_LABELS: Record<Verdict, string> = { push: "Push", steady: "Steady", hold_back: "Hold back", reset: "Reset" };
/** What a verdict advises, for the check-in result and Today; its colours are in app/_lib/palette.ts. */
export const VERDICT_DISPLAY: Record<Verdict, { label: string; advice: string }> = {
  push: { label: VERDICT_LABELS.push, advice: "Extend today: the body is ready." },
  steady: { label: VERDICT_LABELS.steady, advice: "Run the plan as written." },
  hold_back: { label: VERDICT_LABELS.hold_back, advice: "Go easy or shorter today." },
  reset: { label: VERDICT_LABELS.reset, advice: "Step back now: start a reset yourself, or plan one with your coach." },
};
/** The reset advice once a block is current: follow it, rather than plan another. */
export const RESET_ON_BLOCK_ADVICE = "Step back now: follow your current block, and take its rest days as rest.";
