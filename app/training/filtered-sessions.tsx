"use client";
import { useState } from "react";
import { SOURCE_FILTER_LABELS } from "@/app/_lib/labels/imports";
import { SOURCE_FILTERS, type SourceFilter } from "@/contract/limits";
import { SessionList } from "./session-list";

/** The log with a filter by where each session came from: logged by hand, a single file, or an export archive. */
export function FilteredSessions() {
  const [source, setSource] = useState<SourceFilter | "">("");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="source-filter" className="text-sm font-medium text-stone-800">Show</label>
        <select id="source-filter" className="input w-auto" value={source} onChange={(e) => setSource(e.target.value as SourceFilter | "")}>
          <option value="">All sessions</option>
          {SOURCE_FILTERS.map((s) => <option key={s} value={s}>{SOURCE_FILTER_LABELS[s]}</option>)}
        </select>
      </div>
      <SessionList source={source || undefined} />
    </div>
  );
}
