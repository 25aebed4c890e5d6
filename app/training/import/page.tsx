import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ArchiveImport } from "./archive-import";
import { BatchList } from "./batch-list";
import { ReadingsImport } from "./readings-import";

export const metadata: Metadata = { title: "Bring your history" };

export default async function ImportPage() {
  await connection();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/training" className="text-sm text-brand-800 hover:underline">← Training</Link>
        <h1 className="page-title mt-1">Bring your history</h1>
        <p className="mt-1 text-stone-700">
          Readiness, your load ratio and down-week suggestions need weeks of training to mean anything. Bring in what your
          watch already knows: runs already in your log are skipped, and any import can be deleted again.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card" aria-labelledby="archive-heading">
          <h2 id="archive-heading" className="mb-3 text-lg font-semibold">A whole export archive</h2>
          <ArchiveImport />
        </section>
        <section className="card" aria-labelledby="readings-heading">
          <h2 id="readings-heading" className="mb-1 text-lg font-semibold">Resting heart rate and HRV</h2>
          <p className="mb-3 text-sm text-stone-600">These fill your own resting heart rate baseline. They never count as a check-in.</p>
          <ReadingsImport />
        </section>
      </div>
      <section aria-labelledby="batches-heading" className="space-y-3">
        <h2 id="batches-heading" className="text-lg font-semibold">Your imports</h2>
        <BatchList />
      </section>
    </div>
  );
}
