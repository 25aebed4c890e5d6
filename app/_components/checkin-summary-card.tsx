import Link from "next/link";
import type { RouterOutputs } from "@/app/_trpc/client";
import { BURNOUT_MESSAGE } from "@/app/_lib/labels/checkin";
import { RESET_ON_BLOCK_ADVICE, VERDICT_DISPLAY } from "@/app/_lib/labels/verdicts";
import { VerdictBadge } from "./feed/verdict-badge";

/**
 * Today's verdict with its reasons, or a call to check in. The Today page fetches the check-in alongside its other
 * queries and passes it in, so the card adds no second round of waiting.
 */
export function CheckinSummaryCard({ checkin, onBlock = false }: { checkin: RouterOutputs["checkins"]["today"]["checkin"]; onBlock?: boolean }) {
  if (!checkin) {
    return (
      <section aria-labelledby="checkin-card-title" className="card space-y-3">
        <h2 id="checkin-card-title" className="text-lg font-semibold">How does training feel today?</h2>
        <p className="text-stone-700">A 30-second honest check-in tells you whether to push, hold back or reset.</p>
        <Link href="/checkin" className="btn-primary">Check in</Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="checkin-card-title" className="card space-y-3">
      <h2 id="checkin-card-title" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        Today&apos;s verdict: <VerdictBadge verdict={checkin.verdict} />
      </h2>
      <p className="text-stone-800">{onBlock && checkin.verdict === "reset" ? RESET_ON_BLOCK_ADVICE : VERDICT_DISPLAY[checkin.verdict].advice}</p>
      {checkin.reasons.length ? <p className="text-sm text-stone-700">{checkin.reasons.join("; ")}</p> : null}
      {checkin.burnoutFlag ? <p className="rounded-xl bg-violet-50 p-3 text-sm text-violet-950">{BURNOUT_MESSAGE}</p> : null}
      <Link href="/checkin" className="btn-secondary">Update check-in</Link>
    </section>
  );
}
