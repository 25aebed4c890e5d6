import type { Metadata } from "next";
import { getApi } from "@/server/caller";
import { RaceForm } from "../../race-form";
import { RaceList } from "../../race-list";

export const metadata: Metadata = { title: "Races" };

export default async function RacesPage() {
  const api = await getApi();
  const me = await api.account.me();
  return (
    <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
      <section className="card" aria-labelledby="race-heading">
        <h2 id="race-heading" className="mb-1 text-lg font-semibold">Log a race</h2>
        <p className="mb-3 text-sm text-stone-600">We&apos;ll suggest the right recovery and let your coaches know.</p>
        <RaceForm unit={me.distanceUnit} />
      </section>
      <section aria-labelledby="races-heading" className="card space-y-3">
        <h2 id="races-heading" className="text-lg font-semibold">Your races</h2>
        <RaceList />
      </section>
    </div>
  );
}
