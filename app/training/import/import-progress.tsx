"use client";
import type { RouterOutputs } from "../../_trpc/client";

type Progress = RouterOutputs["imports"]["progress"];

/** The bar while an archive streams in: the share uploaded until the files are counted, then files done out of all. */
export function ImportProgress({ progress, sent }: { progress: Progress | undefined; sent: number }) {
  const total = progress?.totalFiles ?? 0;
  const done = progress ? progress.importedCount + progress.duplicateCount + progress.failedCount : 0;
  const counting = total > 0;
  const pct = counting ? Math.round((done / total) * 100) : Math.round(sent * 100);
  return (
    <div className="space-y-1" data-testid="import-progress">
      <div
        role="progressbar"
        aria-label="Archive import"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={counting ? `${done} of ${total} files` : `Uploading, ${pct}%`}
        className="h-3 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <div className={`h-full transition-all ${counting ? "bg-brand-600" : "bg-brand-500"}`} style={{ width: `${pct}%` }} />
      </div>
      <p className="text-sm text-stone-700" aria-live="polite">
        {!counting
          ? `Uploading your archive… ${pct}%`
          : `${done} of ${total} files: ${progress!.importedCount} imported, ${progress!.duplicateCount} already in your log, ${progress!.failedCount} not imported.`}
      </p>
    </div>
  );
}
