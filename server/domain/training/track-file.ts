import { gpx, tcx } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { dayToUtc, horizonMs, instantProblem } from "@/contract/dates";
import { MAX_TRACK_FILE_BYTES } from "@/contract/training";
import { AppError } from "@/server/errors";

export type ParsedTrack = {
  format: "gpx" | "tcx";
  /** The start time as an instant; the caller turns it into the runner's calendar day. */
  startedAt: Date;
  durationSec: number;
  distanceM: number;
  points: number;
};

type Position = number[];
type Geometry = { type: string; coordinates?: unknown };
type Feature = { geometry: Geometry | null; properties: Record<string, unknown> | null };

const EARTH_RADIUS_M = 6_371_008.8;

function haversine(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Each continuous line of a feature, with its point times when the file has them. */
function linesOf(feature: Feature): { coords: Position[]; times: (string | null)[] }[] {
  const g = feature.geometry;
  const times = (feature.properties?.coordinateProperties as { times?: unknown } | undefined)?.times;
  if (g?.type === "LineString") {
    return [{ coords: g.coordinates as Position[], times: Array.isArray(times) ? (times as (string | null)[]) : [] }];
  }
  if (g?.type === "MultiLineString") {
    const lines = g.coordinates as Position[][];
    return lines.map((coords, i) => ({ coords, times: Array.isArray(times) && Array.isArray(times[i]) ? (times[i] as (string | null)[]) : [] }));
  }
  return [];
}

function detectFormat(text: string, fileName: string): "gpx" | "tcx" | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".gpx")) return "gpx";
  if (lower.endsWith(".tcx")) return "tcx";
  if (/<gpx[\s>]/.test(text)) return "gpx";
  if (/<TrainingCenterDatabase[\s>]/.test(text)) return "tcx";
  return null;
}

const FIELD = "file";

/** A real place: finite, latitude -90..90, longitude -180..180, elevation (when given) finite. */
function isPlace(p: Position): boolean {
  const [lon, lat, ele] = p as (number | null | undefined)[];
  return (
    typeof lon === "number" && typeof lat === "number" && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 &&
    (ele === undefined || ele === null || Number.isFinite(ele))
  );
}

// xsd:dateTime, as GPX and TCX write times: an optional sign and a year of four or more digits.
const TIME = /^([+-]?)(\d{4,})(-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A point's time as an instant, under the shared date rule (contract/dates.ts): from 1900 up to a year ahead. A year 0,
 * a BC year or a year 10000 is refused, never shifted to some other day. Times without a zone are read as UTC.
 */
function readTime(text: string, now: Date): number {
  const m = TIME.exec(text.trim());
  if (!m) throw AppError.field(FIELD, `That file has a point time we can't read ("${text.slice(0, 40)}").`);
  const [, sign, yearText, rest, zone] = m as unknown as [string, string, string, string, string | undefined];
  const year = Number(yearText);
  const tooEarly = () => AppError.field(FIELD, "That file's times are before 1900, so it can't be a recording of your run. Check the file.");
  const tooLate = () => AppError.field(FIELD, "That file's times are more than a year in the future. Check your watch's clock and export again.");
  if (sign === "-" || year < 1900) throw tooEarly();
  if (year > new Date(horizonMs(now)).getUTCFullYear()) throw tooLate();
  const day = `${String(year).padStart(4, "0")}${rest.slice(0, 6)}`;
  // Date.parse would roll 30 February over into March.
  const ms = dayToUtc(day) === null ? Number.NaN : Date.parse(`${String(year).padStart(4, "0")}${rest}${zone ?? "Z"}`);
  if (!Number.isFinite(ms)) throw AppError.field(FIELD, `That file has a point time we can't read ("${text.slice(0, 40)}").`);
  const problem = instantProblem(ms, now);
  if (problem === "early") throw tooEarly();
  if (problem === "late") throw tooLate();
  return ms;
}

/**
 * Reads date, distance (haversine over the track points) and moving time from a GPX or TCX file.
 * Throws a field error on the "file" field for anything that is not a usable track.
 */
export function parseTrackFile(text: string, fileName: string, now = new Date()): ParsedTrack {
  if (Buffer.byteLength(text, "utf8") > MAX_TRACK_FILE_BYTES) throw AppError.field(FIELD, "That file is over 5 MB. Export a single activity and try again.");
  const format = detectFormat(text, fileName);
  if (!format) throw AppError.field(FIELD, "That isn't a GPX or TCX file. Choose a .gpx or .tcx export from your watch or app.");

  const damaged = () => AppError.field(FIELD, `That ${format.toUpperCase()} file is damaged or incomplete, so we couldn't read it.`);
  const errors: string[] = [];
  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(text, "text/xml");
  } catch {
    // xmldom throws on fatal errors such as an unclosed document.
    throw damaged();
  }
  const root = doc.documentElement;
  const expectedRoot = format === "gpx" ? "gpx" : "TrainingCenterDatabase";
  if (errors.length > 0 || !root || root.localName !== expectedRoot) throw damaged();

  const collection = (format === "gpx" ? gpx(doc) : tcx(doc)) as unknown as { features: Feature[] };
  let distanceM = 0;
  let points = 0;
  const instants: number[] = [];
  for (const feature of collection.features) {
    for (const line of linesOf(feature)) {
      points += line.coords.length;
      // One impossible point (lat="1e999", lat="91") refuses the file: its distance would be NaN or made up.
      if (!line.coords.every(isPlace)) {
        throw AppError.field(FIELD, "That file has a track point outside the map (a latitude or longitude out of range), so we can't measure it.");
      }
      for (let i = 1; i < line.coords.length; i++) distanceM += haversine(line.coords[i - 1]!, line.coords[i]!);
      for (const t of line.times) {
        if (typeof t === "string" && t.trim() !== "") instants.push(readTime(t, now));
      }
    }
  }
  if (points < 2) throw AppError.field(FIELD, "That file has no track points, so there's no distance or time to import.");
  if (instants.length < 2) throw AppError.field(FIELD, "That file's track has no times, so we can't tell the date or duration.");
  // A loop, not Math.min(...): long tracks hold more points than a call can take arguments.
  let start = Infinity;
  let end = -Infinity;
  for (const ms of instants) {
    if (ms < start) start = ms;
    if (ms > end) end = ms;
  }
  const durationSec = Math.round((end - start) / 1000);
  if (durationSec <= 0) throw AppError.field(FIELD, "That file's track has no elapsed time.");
  // Guarded above point by point; this keeps a NaN or Infinity out of the database whatever slips through.
  if (!Number.isFinite(distanceM)) throw damaged();
  return { format, startedAt: new Date(start), durationSec, distanceM: Math.round(distanceM), points };
}
