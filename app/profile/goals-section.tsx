import Link from "next/link";
import { GOAL_HORIZON_LABELS, GOAL_STATUS_LABELS } from "@/app/_lib/labels/goals";
import { GOAL_HORIZONS } from "@/contract/values";
import { getApi } from "@/server/caller";

/** The runner's goals by horizon on their profile, with the way to their data settings. */
export async function GoalsSection() {
  const api = await getApi();
  const goals = (await api.goals.mine()).filter((g) => g.status !== "dropped");
  return (
    <section className="card space-y-3" aria-labelledby="profile-goals-heading">
      <div className="flex items-center justify-between gap-3">
        <h2 id="profile-goals-heading" className="text-lg font-semibold">Goals</h2>
        <Link href="/goals" className="btn-secondary">{goals.length ? "Manage goals" : "Set a goal"}</Link>
      </div>
      {goals.length === 0 ? (
        <p className="text-stone-700">No goals yet. Next month, this season, a whole running career: pick any horizon.</p>
      ) : (
        <dl className="space-y-3">
          {GOAL_HORIZONS.filter((h) => goals.some((g) => g.horizon === h)).map((h) => (
            <div key={h}>
              <dt className="text-sm font-medium text-stone-600">{GOAL_HORIZON_LABELS[h]}</dt>
              {goals
                .filter((g) => g.horizon === h)
                .map((g) => (
                  <dd key={g.id} className="break-words">
                    {g.title} <span className="text-sm text-stone-600">· {GOAL_STATUS_LABELS[g.status]}{g.shareWithCoaches ? " · shared with coaches" : ""}</span>
                  </dd>
                ))}
            </div>
          ))}
        </dl>
      )}
      <p className="border-t border-stone-100 pt-3 text-sm">
        <Link href="/account" className="text-brand-800 hover:underline">Your data: download or delete your account</Link>
      </p>
    </section>
  );
}
