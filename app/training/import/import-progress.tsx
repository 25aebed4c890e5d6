"use client";
import type { RouterOutputs } from "../../_trpc/client";

type Progress = RouterOutputs["imports"]["progress"];

/** The bar while an archive streams in: uploading until the files are counted, then files done out of all. */
export function ImportProgress({ progress }: { progress: Progress | undefined }) {
  const total = progress?.totalFiles ?? 0;
  const done = progress ? progress.importedCount + progress.duplicateCount + progress.failedCount : 0;
  const pct = total > 0 ? Math.round((done / total) * 100) : null;
  return (
    <div className="space-y-1" data-testid="import-progress">
      <div
        role="progressbar"
        aria-label="Archive import"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        aria-valuetext={pct === null ? "Uploading" : `${done} of ${total} files`}
        className="h-3 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <div className={`h-full bg-brand-600 transition-all ${pct === null ? "w-1/4 animate-pulse" : ""}`} style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
      <p className="text-sm text-stone-700" aria-live="polite">
        {pct === null
          ? "Uploading your archive…"
          : `${done} of ${total} files: ${progress!.importedCount} imported, ${progress!.duplicateCount} already in your log, ${progress!.failedCount} not imported.`}
      </p>
    </div>
  );
}
