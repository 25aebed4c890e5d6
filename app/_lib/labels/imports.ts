// Bringing your history: where sessions came from, and each import's kind, state and per-file outcome.
import type { SourceFilter } from "@/contract/limits";
import type { ImportKind, ImportStatus } from "@/contract/values";

export const SOURCE_FILTER_LABELS: Record<SourceFilter, string> = { manual: "Logged by hand", file: "Single files", archive: "Export archives" };
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { file: "Track file", archive: "Export archive", readings: "Resting heart rate CSV" };
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = { running: "In progress", done: "Finished", failed: "Stopped" };
export const IMPORT_OUTCOME_LABELS: Record<"imported" | "duplicate" | "failed" | "skipped", string> = {
  imported: "Imported", duplicate: "Already in your log", failed: "Failed", skipped: "Skipped",
};
