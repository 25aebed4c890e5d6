import type { Metadata } from "next";
import Link from "next/link";
import { getApi } from "@/server/caller";
import { orNotFound } from "@/app/_lib/server-call";
import { IMPORT_KIND_LABELS, IMPORT_STATUS_LABELS } from "@/app/_lib/labels/imports";
import { WeeklyVolume } from "../../weekly-volume";
import { FileResults } from "./file-results";
import { WeeksFilled } from "./weeks-filled";

export const metadata: Metadata = { title: "What came in" };

export default async function ImportSummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const api = await getApi();
  const { batch, weeks, unit } = await orNotFound(api.imports.summary({ id }));
  const counts = [
    { label: "Imported", value: batch.importedCount, testId: "count-imported" },
    { label: "Already in your log", value: batch.duplicateCount, testId: "count-duplicate" },
    { label: "Not imported", value: batch.failedCount, testId: "count-failed" },
  ];
  return (
    <div className="space-y-6">
      <div>
        <Link href="/training/import" className="text-sm text-brand-800 hover:underline">← Import</Link>
        <h1 className="page-title mt-1">What came in</h1>
        <p className="mt-1 break-words text-stone-700">
          {IMPORT_KIND_LABELS[batch.kind]} <strong>{batch.fileName}</strong> · {IMPORT_STATUS_LABELS[batch.status]}
        </p>
      </div>
      <section aria-labelledby="counts-heading" className="card">
        <h2 id="counts-heading" className="sr-only">Summary</h2>
        <dl className="grid grid-cols-3 gap-3 text-center">
          {counts.map((c) => (
            <div key={c.label} className="rounded-xl bg-stone-50 p-3">
              <dt className="text-xs text-stone-600 sm:text-sm">{c.label}</dt>
              <dd className="text-2xl font-bold text-stone-900" data-testid={c.testId}>{c.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {batch.kind !== "readings" ? <WeeksFilled weeks={weeks} unit={unit} /> : null}
      {batch.kind !== "readings" ? <WeeklyVolume /> : null}
      <FileResults results={batch.results} kind={batch.kind} />
      <p>
        <Link href="/training" className="btn-secondary">See your training log</Link>
      </p>
    </div>
  );
}
