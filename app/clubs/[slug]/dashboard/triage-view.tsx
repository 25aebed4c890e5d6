"use client";
import { useState } from "react";
import type { TriageFilter } from "@/contract/dashboard";
import { TRIAGE_FILTER_LABELS } from "@/app/_lib/labels/dashboard";
import type { RouterOutputs } from "@/app/_trpc/client";
import { TriageList } from "./triage-list";
import { useLiveTriage } from "./use-live-triage";

/** The triage list with its filter: everyone by need, or only flagged athletes nobody has answered yet. */
export function TriageView({ clubId, slug, first }: { clubId: string; slug: string; first: RouterOutputs["dashboard"]["athletes"] }) {
  const [filter, setFilter] = useState<TriageFilter>("all");
  useLiveTriage(clubId);
  return (
    <div className="space-y-3">
      <div role="group" aria-label="Which athletes" className="flex flex-wrap gap-2">
        {(Object.keys(TRIAGE_FILTER_LABELS) as TriageFilter[]).map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} className={filter === f ? "btn-primary" : "btn-secondary"} onClick={() => setFilter(f)}>
            {TRIAGE_FILTER_LABELS[f]}
          </button>
        ))}
      </div>
      <TriageList clubId={clubId} slug={slug} filter={filter} first={filter === "all" ? first : undefined} />
    </div>
  );
}
