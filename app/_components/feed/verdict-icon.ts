import { ArrowDownRight, ArrowRight, ArrowUpRight, RotateCcw, type LucideIcon } from "lucide-react";
import type { Verdict } from "@/contract/values";

/** One icon per verdict, read from most ready to least: up, level, down, turn back. Always next to its word. */
export const VERDICT_ICONS: Record<Verdict, LucideIcon> = {
  push: ArrowUpRight,
  steady: ArrowRight,
  hold_back: ArrowDownRight,
  reset: RotateCcw,
};
