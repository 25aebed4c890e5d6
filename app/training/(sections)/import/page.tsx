import type { Metadata } from "next";
import { connection } from "next/server";
import { BatchList } from "../../import/batch-list";
import { ImportTabs } from "../../import/import-tabs";

export const metadata: Metadata = { title: "Import" };

/** One run from a watch, or a whole history: three kinds of file, one at a time, then what came in. */
export default async function ImportPage() {
  await connection();
  return (
    <div className="space-y-6">
      <p className="text-stone-700">
        Readiness, your load ratio and down-week suggestions need weeks of training to mean anything. Bring in what your
        watch already knows: runs already in your log are skipped, and any import can be deleted again.
      </p>
      <ImportTabs />
      <section aria-labelledby="batches-heading" className="space-y-3">
        <h2 id="batches-heading" className="text-lg font-semibold">Your imports</h2>
        <BatchList />
      </section>
    </div>
  );
}
