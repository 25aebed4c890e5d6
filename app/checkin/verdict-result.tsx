import Link from "next/link";
import { BURNOUT_MESSAGE } from "@/app/_lib/labels/checkin";
import { VERDICT_DISPLAY } from "@/app/_lib/labels/verdicts";
import type { Verdict } from "@/contract/values";
import { VerdictBadge } from "@/app/_components/feed/verdict-badge";

export type VerdictResultData = {
  verdict: Verdict;
  reasons: string[];
  burnoutFlag: boolean;
  wellnessIndex: number;
  loadRatio: number | null;
  loadFlag: boolean;
  /** The race's or the block's words for the day, when they shape it; otherwise the verdict's usual advice. */
  advice?: string | null;
  /** Who steps the runner back: their block, their coach, or (with no coach) the runner. */
  support?: "block" | "coach" | "self";
};

// The burnout note points where help actually is: never to a coach planning a reset when a block is set or no coach exists.
const BURNOUT_NOTE: Record<NonNullable<VerdictResultData["support"]>, string> = {
  coach: BURNOUT_MESSAGE,
  block:
    "Several days of feeling like this is a signal, not a weakness. It isn't something to push through: keep to your block, and take each day gently.",
  self: "Several days of feeling like this is a signal, not a weakness. It isn't something to push through: take it gently, and start a reset from Today, which plans the days for you.",
};

/** The day's verdict with the signals behind it; the burnout flag is said kindly. */
export function VerdictResult({ result, headingRef }: { result: VerdictResultData; headingRef?: React.Ref<HTMLHeadingElement> }) {
  return (
    <section aria-labelledby="verdict-title" className="card space-y-3 border-2 border-brand-200" aria-live="polite">
      <h2 id="verdict-title" ref={headingRef} tabIndex={-1} className="flex flex-wrap items-center gap-3 text-xl font-bold">
        Today: <VerdictBadge verdict={result.verdict} size="lg" />
      </h2>
      <p className="text-stone-800" data-testid="verdict-advice">{result.advice ?? VERDICT_DISPLAY[result.verdict].advice}</p>
      <div>
        <h3 className="text-sm font-semibold text-stone-700">Why</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-stone-800">
          {result.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
      {result.burnoutFlag ? (
        <p className="rounded-xl bg-violet-50 p-3 text-violet-950">
          <span className="font-semibold">Be kind to yourself. </span>
          {BURNOUT_NOTE[result.support ?? "coach"]}
        </p>
      ) : null}
      <p className="text-sm text-stone-600">
        Wellness index {result.wellnessIndex} (4 best – 28 worst)
        {result.loadFlag && result.loadRatio != null ? ` · load ratio ${result.loadRatio}: this week is well above your usual` : ""}
      </p>
      <div className="flex flex-wrap gap-2">
        <Link href="/history" className="btn-secondary">
          See your history
        </Link>
        <Link href="/today" className="btn-secondary">
          Back to today
        </Link>
      </div>
    </section>
  );
}
