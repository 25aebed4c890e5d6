import type { Metadata } from "next";
import Link from "next/link";
import { getApi } from "@/server/caller";
import { ImportTrack } from "./import-track";
import { RaceForm } from "./race-form";
import { RaceList } from "./race-list";
import { SessionForm } from "./session-form";
import { FilteredSessions } from "./filtered-sessions";
import { StreakCard } from "./streak-card";
import { WeekLoadFlags } from "./week-load-flags";
import { WeeklyVolume } from "./weekly-volume";

export const metadata: Metadata = { title: "Training" };

export default async function TrainingPage() {
  const api = await getApi();
  const me = await api.account.me();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="page-title">Training</h1>
        <p className="mt-1 text-stone-700">
          Progress comes from what you can repeat. Log what you did, and see how your weeks build, hold and reset.{" "}
          <Link href="/goals" className="text-brand-800 underline-offset-2 hover:underline">Your goals →</Link>
        </p>
      </div>
      <StreakCard />
      <WeeklyVolume />
      <WeekLoadFlags />
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card" aria-labelledby="log-heading">
          <h2 id="log-heading" className="mb-3 text-lg font-semibold">Log a session</h2>
          <SessionForm unit={me.distanceUnit} />
        </section>
        <div className="space-y-6">
          <section className="card" aria-labelledby="import-heading">
            <h2 id="import-heading" className="mb-3 text-lg font-semibold">Import from your watch</h2>
            <ImportTrack />
            <p className="mt-3 text-sm">
              <Link href="/training/import" className="text-brand-800 underline-offset-2 hover:underline">Bring your whole history: a Strava or Garmin export, resting heart rate →</Link>
            </p>
          </section>
          <section className="card" aria-labelledby="race-heading">
            <h2 id="race-heading" className="mb-1 text-lg font-semibold">Log a race</h2>
            <p className="mb-3 text-sm text-stone-600">We&apos;ll suggest the right recovery and let your coaches know.</p>
            <RaceForm unit={me.distanceUnit} />
            <h3 className="mb-2 mt-5 font-semibold">Your races</h3>
            <RaceList />
          </section>
        </div>
      </div>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">Your sessions</h2>
        <FilteredSessions />
      </section>
    </div>
  );
}
