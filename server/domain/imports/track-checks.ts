import { dayToUtc, horizonMs, instantProblem } from "@/contract/dates";
import { AppError } from "@/server/errors";

/** Every file problem is shown on the import form's file field. */
export const FILE_FIELD = "file";

export const fileError = (message: string) => AppError.field(FILE_FIELD, message);

const EARTH_RADIUS_M = 6_371_008.8;

/** Metres between two [lon, lat] positions along the earth's surface. */
export function haversine(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A real place: finite, latitude -90..90, longitude -180..180, elevation (when given) finite. */
export function isPlace(p: readonly unknown[]): boolean {
  const [lon, lat, ele] = p as (number | null | undefined)[];
  return (
    typeof lon === "number" && typeof lat === "number" && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 &&
    (ele === undefined || ele === null || Number.isFinite(ele))
  );
}

const tooEarly = () => fileError("That file's times are before 1900, so it can't be a recording of your run. Check the file.");
const tooLate = () => fileError("That file's times are more than a year in the future. Check your watch's clock and export again.");

/** An instant read from a file, under the shared date rule (contract/dates.ts): from 1900 up to a year ahead. */
export function checkInstant(ms: number, now: Date): number {
  const problem = instantProblem(ms, now);
  if (problem === "early") throw tooEarly();
  if (problem === "late") throw tooLate();
  return ms;
}

// xsd:dateTime, as GPX and TCX write times: an optional sign and a year of four or more digits.
const TIME = /^([+-]?)(\d{4,})(-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A GPX/TCX point's time as an instant. A year 0, a BC year or a year 10000 is refused, never shifted to some other
 * day. Times without a zone are read as UTC.
 */
export function readXmlTime(text: string, now: Date): number {
  const unreadable = () => fileError(`That file has a point time we can't read ("${text.slice(0, 40)}").`);
  const m = TIME.exec(text.trim());
  if (!m) throw unreadable();
  const [, sign, yearText, rest, zone] = m as unknown as [string, string, string, string, string | undefined];
  const year = Number(yearText);
  if (sign === "-" || year < 1900) throw tooEarly();
  if (year > new Date(horizonMs(now)).getUTCFullYear()) throw tooLate();
  const day = `${String(year).padStart(4, "0")}${rest.slice(0, 6)}`;
  // Date.parse would roll 30 February over into March.
  const ms = dayToUtc(day) === null ? Number.NaN : Date.parse(`${String(year).padStart(4, "0")}${rest}${zone ?? "Z"}`);
  if (!Number.isFinite(ms)) throw unreadable();
  return checkInstant(ms, now);
}
