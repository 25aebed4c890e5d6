import { parse } from "csv-parse/sync";
import type { SessionType } from "@/contract/values";

/** What the runner wrote on Strava about one activity, kept on the session it becomes. */
export type ActivityNotes = { title: string; notes: string; rpe: number | null; type: SessionType | null };

const MAX_TITLE = 200;
const MAX_NOTES = 2000;

// Strava's own activity types, as activities.csv spells them, for the few the app has a session type for.
const STRAVA_TYPES: Record<string, SessionType> = {
  run: "easy", "trail run": "easy", "virtual run": "easy", walk: "walk", hike: "walk",
  ride: "cross_training", "virtual ride": "cross_training", "e-bike ride": "cross_training", swim: "cross_training",
  elliptical: "cross_training", rowing: "cross_training", "weight training": "strength", workout: "strength",
  crossfit: "strength", yoga: "strength",
};

/** The key both sides agree on: the entry name as Strava writes it, without a leading "./", any case. */
export const activityKey = (name: string) => name.replace(/^\.?\//, "").toLowerCase();

function rpeOf(text: string | undefined): number | null {
  const n = Number.parseFloat(text ?? "");
  // Strava's perceived exertion runs 1-10; the app's 0-10.
  return Number.isFinite(n) && n >= 0 && n <= 10 ? Math.round(n) : null;
}

/**
 * Reads Strava's activities.csv into notes keyed by the activity's file. Strava repeats some headers ("Distance",
 * "Elapsed Time"), so columns are found by their first occurrence rather than read as an object per row.
 */
export function readActivitiesCsv(bytes: Uint8Array): Map<string, ActivityNotes> {
  const rows = parse(Buffer.from(bytes), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const at = { file: col("filename"), name: col("activity name"), text: col("activity description"), rpe: col("perceived exertion"), type: col("activity type") };
  const out = new Map<string, ActivityNotes>();
  if (at.file < 0) return out;
  for (const row of rows.slice(1)) {
    const file = row[at.file]?.trim();
    if (!file) continue;
    out.set(activityKey(file), {
      title: (row[at.name] ?? "").trim().slice(0, MAX_TITLE),
      notes: (row[at.text] ?? "").trim().slice(0, MAX_NOTES),
      rpe: rpeOf(row[at.rpe]),
      type: STRAVA_TYPES[(row[at.type] ?? "").trim().toLowerCase()] ?? null,
    });
  }
  return out;
}
