// A week's or a block's training phase, and the stretch with none (the palette's phase chips use these on every page).
import type { Phase } from "@/contract/values";

export const PHASE_LABELS: Record<Phase, string> = { build: "Build", maintain: "Maintain", reset: "Reset" };
/** A week (or stretch) with no sessions and no block: shown as itself, never as a phase. */
export const NO_TRAINING_LABEL = "No training";
