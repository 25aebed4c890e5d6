import type { Metadata } from "next";
import { connection } from "next/server";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/app/_components/ui/tabs";
import { ImportTrack } from "../../import-track";
import { ArchiveImport } from "../../import/archive-import";
import { BatchList } from "../../import/batch-list";
import { ReadingsImport } from "../../import/readings-import";

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
      <Tabs defaultValue="file">
        <TabsList aria-label="What to import">
          <TabsTrigger value="file">One run</TabsTrigger>
          <TabsTrigger value="archive">Whole archive</TabsTrigger>
          <TabsTrigger value="readings">Heart rate</TabsTrigger>
        </TabsList>
        <TabsContent value="file" className="card">
          <h2 className="mb-3 text-lg font-semibold">Import from your watch</h2>
          <ImportTrack />
        </TabsContent>
        <TabsContent value="archive" className="card">
          <h2 className="mb-3 text-lg font-semibold">A whole export archive</h2>
          <ArchiveImport />
        </TabsContent>
        <TabsContent value="readings" className="card">
          <h2 className="mb-1 text-lg font-semibold">Resting heart rate and HRV</h2>
          <p className="mb-3 text-sm text-stone-600">These fill your own resting heart rate baseline. They never count as a check-in.</p>
          <ReadingsImport />
        </TabsContent>
      </Tabs>
      <section aria-labelledby="batches-heading" className="space-y-3">
        <h2 id="batches-heading" className="text-lg font-semibold">Your imports</h2>
        <BatchList />
      </section>
    </div>
  );
}
