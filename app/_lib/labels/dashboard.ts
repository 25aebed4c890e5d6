// The coach dashboard's filter.
import type { TriageFilter } from "@/contract/dashboard";

export const TRIAGE_FILTER_LABELS: Record<TriageFilter, string> = { all: "All athletes", flagged_unanswered: "Flagged and unanswered" };
