import { VERDICT_PALETTE } from "@/app/_lib/palette";
import type { Verdict } from "@/contract/values";
import { VERDICT_ICONS } from "./verdict-icon";

/** The verdict as a coloured pill with its icon; the word carries the meaning, the icon and colour only help. */
export function VerdictBadge({ verdict, size = "sm" }: { verdict: Verdict; size?: "sm" | "lg" }) {
  const v = VERDICT_PALETTE[verdict];
  const Icon = VERDICT_ICONS[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full font-semibold ring-1 ring-inset ${v.chip} ${
        size === "lg" ? "px-4 py-1.5 text-lg" : "px-2 py-0.5 text-xs"
      }`}
    >
      <Icon className={size === "lg" ? "size-5" : "size-3.5"} aria-hidden="true" strokeWidth={2.5} />
      {v.label}
    </span>
  );
}
