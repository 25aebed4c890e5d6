import FitParser from "fit-file-parser";
import type { ParsedFit } from "fit-file-parser";
import { METRES_PER_UNIT } from "@/contract/units";
import type { DistanceUnit } from "@/contract/values";
import type { ParsedActivity } from "./parsed-activity";
import { type FileSport, sessionTypeFor } from "./sport";
import { checkInstant, fileError, haversine } from "./track-checks";
import { TrackSummary } from "./track-summary";

type Session = NonNullable<ParsedFit["sessions"]>[number];
type Lap = NonNullable<ParsedFit["laps"]>[number];
type FitRecord = NonNullable<ParsedFit["records"]>[number];
type TimedRecord = FitRecord & { timestamp: Date };

/** FIT files start with a header whose bytes 8-11 read ".FIT". */
export function looksLikeFit(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && String.fromCharCode(...bytes.subarray(8, 12)) === ".FIT";
}

/** Watch auto-laps at the runner's unit count as splits when every lap but the last is this close to one unit. */
const AUTO_LAP_SHARE = 0.02;

/** A value the file gave, when it is a real non-negative number. */
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null);

function sportOf(session: Session | undefined): FileSport | null {
  const sub = session?.sub_sport;
  switch (session?.sport) {
    case "running":
      return sub === "trail" ? "trail_run" : "run";
    case "walking":
    case "hiking":
      return "walk";
    case "cycling":
    case "e_biking":
      return "bike";
    case "swimming":
      return "swim";
    case "training":
    case "fitness_equipment":
      return sub === "strength_training" ? "strength" : null;
    default:
      return null;
  }
}

/** The watch's own laps as splits, when they are whole units (a Garmin set to auto-lap every km or mile). */
function lapSplits(laps: Lap[], unit: DistanceUnit) {
  const unitM = METRES_PER_UNIT[unit];
  if (laps.length < 2) return null;
  const whole = laps.slice(0, -1).every((l) => Math.abs((num(l.total_distance) ?? 0) - unitM) <= AUTO_LAP_SHARE * unitM);
  if (!whole) return null;
  return laps.map((l) => ({
    distanceM: Math.round(num(l.total_distance) ?? 0),
    seconds: Math.round(num(l.total_timer_time) ?? num(l.total_elapsed_time) ?? 0),
    avgHr: num(l.avg_heart_rate),
    elevationGainM: num(l.total_ascent),
  }));
}

async function readFit(bytes: Uint8Array): Promise<ParsedFit> {
  // force: false, so a bad CRC or a cut-off file is refused rather than half read.
  const parser = new FitParser({ mode: "list", force: false, lengthUnit: "m", speedUnit: "m/s", elapsedRecordField: false });
  try {
    return await parser.parseAsync(Buffer.from(bytes));
  } catch {
    throw fileError("That FIT file is damaged or incomplete, so we couldn't read it. Export the activity again from your watch's app.");
  }
}

/**
 * Reads a FIT activity: the watch's session summary (start, elapsed and timer time, distance, heart rate, total
 * ascent) where it wrote one, the records otherwise, and splits from its auto-laps or cut from the records. Timer
 * time is the moving time: the watch stops it on pause and auto-pause.
 */
export async function parseFit(bytes: Uint8Array, opts: { unit: DistanceUnit; now: Date }): Promise<ParsedActivity> {
  const fit = await readFit(bytes);
  const fileType = fit.file_ids?.[0]?.type;
  if (fileType !== undefined && fileType !== "activity") {
    throw fileError(`That FIT file is a ${String(fileType).replace(/_/g, " ")} file, not a recorded activity. Export the activity itself.`);
  }
  const records = (fit.records ?? []).filter((r): r is TimedRecord => r.timestamp instanceof Date && Number.isFinite(r.timestamp.getTime()));
  if (records.length < 2) throw fileError("That FIT file has no recorded points, so there's no distance or time to import.");
  const sessions = fit.sessions ?? [];
  const first = sessions[0];

  const summary = new TrackSummary(opts.unit);
  let trackM = 0;
  let prevDistance: number | null = null;
  let prevPlace: number[] | null = null;
  for (const r of records) {
    const place = typeof r.position_lat === "number" && typeof r.position_long === "number" ? [r.position_long, r.position_lat] : null;
    const distance = num(r.distance);
    let stepM = 0;
    // The watch's own running distance (GPS smoothed, or a foot pod indoors) where it has one; the map otherwise.
    if (distance !== null && prevDistance !== null) stepM = Math.max(0, distance - prevDistance);
    else if (distance === null && place && prevPlace) stepM = haversine(prevPlace, place);
    if (distance !== null) prevDistance = distance;
    if (place) prevPlace = place;
    trackM += stepM;
    const ele = num(r.enhanced_altitude) ?? (typeof r.altitude === "number" && Number.isFinite(r.altitude) ? r.altitude : null);
    summary.add({ atMs: r.timestamp.getTime(), stepM, hr: num(r.heart_rate), ele });
  }
  const splits = lapSplits(fit.laps ?? [], opts.unit);
  if (splits) for (const s of splits) summary.addWholeSplit(s);
  const figures = summary.finish();
  if (splits) figures.splits = splits;

  const firstAt = records[0]!.timestamp.getTime();
  const lastAt = records[records.length - 1]!.timestamp.getTime();
  const startedAt = checkInstant(first?.start_time instanceof Date ? first.start_time.getTime() : firstAt, opts.now);
  checkInstant(lastAt, opts.now);
  const total = (pick: (s: Session) => unknown) => {
    const values = sessions.map((s) => num(pick(s)));
    return values.length > 0 && values.every((v) => v !== null) ? values.reduce((a, b) => a! + b!, 0)! : null;
  };
  const durationSec = Math.round(total((s) => s.total_elapsed_time) ?? (lastAt - firstAt) / 1000);
  if (!(durationSec > 0)) throw fileError("That FIT file's activity has no elapsed time.");
  const timer = total((s) => s.total_timer_time);
  const movingSec = timer !== null ? Math.round(timer) : figures.movingSec;
  const distanceM = Math.round(total((s) => s.total_distance) ?? trackM);
  const maxHrs = sessions.map((s) => num(s.max_heart_rate)).filter((v) => v !== null);
  return {
    format: "fit",
    sport: sessionTypeFor(sportOf(first), movingSec ?? durationSec),
    startedAt: new Date(startedAt),
    durationSec,
    movingSec,
    distanceM,
    avgHr: num(first?.avg_heart_rate) !== null ? Math.round(first!.avg_heart_rate!) : figures.avgHr,
    maxHr: maxHrs.length > 0 ? Math.max(...maxHrs) : figures.maxHr,
    elevationGainM: total((s) => s.total_ascent) ?? figures.elevationGainM,
    splits: figures.splits,
    points: records.length,
  };
}
