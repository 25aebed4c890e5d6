import { IMPORT_OUTCOME_LABELS } from "@/app/_lib/labels/imports";
import type { RouterOutputs } from "../../../_trpc/client";

type Batch = RouterOutputs["imports"]["summary"]["batch"];

const ORDER = { failed: 0, skipped: 1, duplicate: 2, imported: 3 } as const;
const TONE = { failed: "text-red-800", skipped: "text-amber-800", duplicate: "text-stone-700", imported: "text-brand-800" } as const;

/** Every file and what became of it, problems first, so the runner sees why a file didn't come in. */
export function FileResults({ results, kind }: { results: Batch["results"]; kind: Batch["kind"] }) {
  if (results.length === 0) return null;
  const sorted = [...results].sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome]);
  return (
    <section aria-labelledby="files-heading" className="card">
      <h2 id="files-heading" className="text-lg font-semibold">{kind === "readings" ? "Days and rows" : "File by file"}</h2>
      <ul className="mt-2 max-h-[28rem] divide-y divide-stone-100 overflow-auto text-sm" aria-label="File results">
        {sorted.map((r, i) => (
          <li key={`${r.file}-${i}`} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-3">
            <span className={`shrink-0 font-semibold sm:w-40 ${TONE[r.outcome]}`}>{IMPORT_OUTCOME_LABELS[r.outcome]}</span>
            <span className="min-w-0 break-words">
              <span className="font-mono text-xs text-stone-800">{r.file}</span>
              {r.reason ? <span className="block text-stone-700">{r.reason}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
