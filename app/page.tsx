import Link from "next/link";
import { VERDICT_PALETTE } from "@/app/_lib/palette";
import { currentSession } from "@/server/auth";

const VERDICTS = [
  { name: VERDICT_PALETTE.push.label, tone: VERDICT_PALETTE.push.chip, text: "Legs responsive, training steady: extend today." },
  { name: VERDICT_PALETTE.steady.label, tone: VERDICT_PALETTE.steady.chip, text: "Run the plan as written." },
  { name: VERDICT_PALETTE.hold_back.label, tone: VERDICT_PALETTE.hold_back.chip, text: "Heavy legs or a high easy heart rate: go easy or shorter." },
  { name: VERDICT_PALETTE.reset.label, tone: VERDICT_PALETTE.reset.chip, text: "Time to step back: start a reset yourself, or your coach assigns one." },
];

export default async function LandingPage() {
  const session = await currentSession();
  return (
    <div className="space-y-14">
      <section className="grid items-center gap-8 sm:grid-cols-2">
        <div className="space-y-5">
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Stepping back is how runners move forward</p>
          <h1 className="text-4xl font-extrabold tracking-tight text-stone-900 sm:text-5xl">
            Honest check-ins. A club that has your back. A coach who knows when to reset.
          </h1>
          <p className="text-lg text-stone-700">
            Tell your run club how training really feels, slumps included. Run Forward reads your body&apos;s signals and tells
            you whether today is a day to push, hold back or reset, and your coach can step you back with a plan.
          </p>
          <div className="flex flex-wrap gap-3">
            {session?.user ? (
              <Link href="/today" className="btn-primary">
                Go to today
              </Link>
            ) : (
              <>
                <Link href="/signup" className="btn-primary">
                  Create your account
                </Link>
                <Link href="/signin" className="btn-secondary">
                  Sign in
                </Link>
              </>
            )}
          </div>
        </div>
        <div className="card space-y-3" aria-label="What a verdict looks like">
          <p className="text-sm font-semibold text-stone-600">Today&apos;s readiness</p>
          {VERDICTS.map((v) => (
            <div key={v.name} className="flex items-start gap-3">
              <span className={`rounded-full px-3 py-1 text-sm font-semibold ${v.tone}`}>{v.name}</span>
              <p className="text-sm text-stone-700">{v.text}</p>
            </div>
          ))}
        </div>
      </section>
      <section className="grid gap-4 sm:grid-cols-3">
        {[
          ["Join a run club", "Find a club near you, RSVP to group runs and cheer each other on. No leaderboards."],
          ["Post honest updates", "A 30-second check-in on legs, sleep, mood and heart rate. You choose who sees it."],
          ["Reset with a plan", "Coaches spot warning signs early and assign recovery blocks you can follow day by day."],
        ].map(([title, text]) => (
          <div key={title} className="card">
            <h2 className="text-lg font-bold text-stone-900">{title}</h2>
            <p className="mt-2 text-stone-700">{text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
