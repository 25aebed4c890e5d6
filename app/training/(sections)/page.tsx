import type { Metadata } from "next";
import Link from "next/link";
import { getApi } from "@/server/caller";
import { FilteredSessions } from "../filtered-sessions";
import { SessionForm } from "../session-form";

export const metadata: Metadata = { title: "Training" };

/** The log: write down a session, and see the ones already there. */
export default async function TrainingLogPage() {
  const api = await getApi();
  const me = await api.account.me();
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
      <section className="card" aria-labelledby="log-heading">
        <h2 id="log-heading" className="mb-3 text-lg font-semibold">Log a session</h2>
        <SessionForm unit={me.distanceUnit} />
        <p className="mt-3 text-sm text-stone-700">
          Recorded it on a watch? <Link href="/training/import" className="font-medium text-brand-800 underline underline-offset-2">Import the file</Link>
        </p>
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">Your sessions</h2>
        <FilteredSessions />
      </section>
    </div>
  );
}
