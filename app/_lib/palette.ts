// THE colours of each verdict and each training phase, with their labels (app/_lib/labels/), for every page: Today,
// the check-in verdict, Training, History, the coach's dashboard and the feed. A verdict and the phase that answers
// it share a hue (reset is violet everywhere), and a legend built from here matches the bars drawn from here.
// Contrast (WCAG 2.1 AA, computed from Tailwind 4's oklch values): chips are -900 text on -100 (8.2:1 or more); bars
// carry white text on -700 (5.0:1 amber to 7.3:1 violet) and stand out from white as graphics; "no training" is
// stone-800 text on stone-200 (12:1) inside a stone-500 outline. `hex` is each -700 (stone-200) converted to sRGB.
import type { Phase, Verdict } from "@/contract/values";
import { NO_TRAINING_LABEL, PHASE_LABELS } from "./labels/phases";
import { VERDICT_LABELS } from "./labels/verdicts";

export type Swatch = {
  label: string;
  /** A pill: background, text and ring. */
  chip: string;
  /** A filled bar or legend square, with text that may sit on it. */
  bar: string;
  /** The bar's colour for charts drawn in SVG (recharts), the same as `bar`. */
  hex: string;
};

export const VERDICT_PALETTE: Record<Verdict, Swatch> = {
  push: { label: VERDICT_LABELS.push, chip: "bg-emerald-100 text-emerald-900 ring-emerald-300", bar: "bg-emerald-700 text-white", hex: "#007a55" },
  steady: { label: VERDICT_LABELS.steady, chip: "bg-sky-100 text-sky-900 ring-sky-300", bar: "bg-sky-700 text-white", hex: "#0069a8" },
  hold_back: { label: VERDICT_LABELS.hold_back, chip: "bg-amber-100 text-amber-900 ring-amber-300", bar: "bg-amber-700 text-white", hex: "#bb4d00" },
  reset: { label: VERDICT_LABELS.reset, chip: "bg-violet-100 text-violet-900 ring-violet-300", bar: "bg-violet-700 text-white", hex: "#7008e7" },
};

/** A week's or a block's phase, or no training at all. */
export type PhaseOrNone = Phase | "none";

export const PHASE_PALETTE: Record<PhaseOrNone, Swatch> = {
  build: { label: PHASE_LABELS.build, chip: "bg-emerald-100 text-emerald-900 ring-emerald-300", bar: "bg-emerald-700 text-white", hex: "#007a55" },
  maintain: { label: PHASE_LABELS.maintain, chip: "bg-sky-100 text-sky-900 ring-sky-300", bar: "bg-sky-700 text-white", hex: "#0069a8" },
  reset: { label: PHASE_LABELS.reset, chip: "bg-violet-100 text-violet-900 ring-violet-300", bar: "bg-violet-700 text-white", hex: "#7008e7" },
  none: { label: NO_TRAINING_LABEL, chip: "bg-stone-100 text-stone-800 ring-stone-300", bar: "bg-stone-200 text-stone-800 ring-1 ring-inset ring-stone-500", hex: "#e7e5e4" },
};

/** Legend order: the phases, then no training. */
export const PHASE_LEGEND: PhaseOrNone[] = ["build", "maintain", "reset", "none"];

/** Flags that are not verdicts (burnout, training on a rest day), as solid pills with white text over 5:1. */
export const FLAG_CHIP = { alarm: "bg-red-700 text-white", warning: "bg-orange-800 text-white" } as const;
