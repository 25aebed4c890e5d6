import path from "node:path/posix";
import type { Entry } from "yauzl";

/** Activity files as Strava and Garmin exports hold them, gzipped or not. */
const ACTIVITY_FILE = /\.(fit|gpx|tcx)(\.gz)?$/i;

export type PlannedFile = { entry: Entry; name: string; activity: boolean };

/**
 * What an archive holds for us: Strava's activities.csv (names, descriptions, effort), and the files to report on.
 * Every activity file anywhere in the archive is read. Other files in an activities/ folder are reported as skipped,
 * with the reason, since the runner would expect them to be runs; the rest of an export (photos, posts, profile) is
 * not ours to mention.
 */
export function planArchive(entries: readonly Entry[]) {
  let activitiesCsv: Entry | null = null;
  const files: PlannedFile[] = [];
  for (const entry of entries) {
    const name = entry.fileName;
    if (name.endsWith("/")) continue;
    if (path.basename(name).toLowerCase() === "activities.csv") {
      activitiesCsv ??= entry;
      continue;
    }
    if (ACTIVITY_FILE.test(name)) files.push({ entry, name, activity: true });
    else if (/(^|\/)activities\//i.test(name)) files.push({ entry, name, activity: false });
  }
  return { activitiesCsv, files };
}

/** Why a file in the activities folder was passed over. */
export function skipReason(name: string): string {
  const ext = path.extname(name).toLowerCase() || "no extension";
  return ext === ".zip"
    ? "A zip inside the archive: unzip it and upload the zip it holds."
    : `Not an activity file (${ext}): only FIT, GPX and TCX files (gzipped or not) are read.`;
}
