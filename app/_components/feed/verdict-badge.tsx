import { VERDICT_PALETTE } from "@/app/_lib/palette";
import type { Verdict } from "@/contract/values";

/** The verdict as a coloured pill; the word carries the meaning, the colour only helps. */
export function VerdictBadge({ verdict, size = "sm" }: { verdict: Verdict; size?: "sm" | "lg" }) {
  const v = VERDICT_PALETTE[verdict];
  return (
    <span
      className={`inline-flex items-center rounded-full font-semibold ring-1 ring-inset ${v.chip} ${
        size === "lg" ? "px-4 py-1.5 text-lg" : "px-2.5 py-0.5 text-xs"
      }`}
    >
      {v.label}
    </span>
  );
}
