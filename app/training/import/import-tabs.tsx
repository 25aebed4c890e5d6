"use client";
import { lazy, Suspense } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/app/_components/ui/tabs";
import { ImportTrack } from "../import-track";

// The Import page's three kinds of file as the app's Radix tabs. A closed tab's panel isn't mounted, so the two that
// start closed load their forms when first opened, or as soon as the pointer or focus reaches their tab.
const loadArchive = () => import("./archive-import");
const loadReadings = () => import("./readings-import");
const ArchiveImport = lazy(() => loadArchive().then((m) => ({ default: m.ArchiveImport })));
const ReadingsImport = lazy(() => loadReadings().then((m) => ({ default: m.ReadingsImport })));

const preload = (load: () => Promise<unknown>) => () => void load().catch(() => undefined);

function Loading() {
  return <p role="status" className="text-sm text-stone-600">Loading the form…</p>;
}

export function ImportTabs() {
  return (
    <Tabs defaultValue="file">
      <TabsList aria-label="What to import">
        <TabsTrigger value="file">One run</TabsTrigger>
        <TabsTrigger value="archive" onPointerEnter={preload(loadArchive)} onFocus={preload(loadArchive)}>
          Whole archive
        </TabsTrigger>
        <TabsTrigger value="readings" onPointerEnter={preload(loadReadings)} onFocus={preload(loadReadings)}>
          Heart rate
        </TabsTrigger>
      </TabsList>
      <TabsContent value="file" className="card">
        <h2 className="mb-3 text-lg font-semibold">Import from your watch</h2>
        <ImportTrack />
      </TabsContent>
      <TabsContent value="archive" className="card">
        <h2 className="mb-3 text-lg font-semibold">A whole export archive</h2>
        <Suspense fallback={<Loading />}>
          <ArchiveImport />
        </Suspense>
      </TabsContent>
      <TabsContent value="readings" className="card">
        <h2 className="mb-1 text-lg font-semibold">Resting heart rate and HRV</h2>
        <p className="mb-3 text-sm text-stone-600">These fill your own resting heart rate baseline. They never count as a check-in.</p>
        <Suspense fallback={<Loading />}>
          <ReadingsImport />
        </Suspense>
      </TabsContent>
    </Tabs>
  );
}
