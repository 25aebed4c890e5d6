import { parse } from "csv-parse/sync";
import { MAX_READINGS_ROWS, type ReadingsMapping } from "@/contract/imports";
import { dayToUtc } from "@/contract/dates";
import { AppError } from "@/server/errors";

/** The reason a readings batch lists for a day whose check-in got its resting heart rate from the file. */
export const CHECKIN_FILLED = "Resting heart rate added to your check-in that day";

/** Bounds that match the check-in form's, so a file can't store what a runner couldn't type. */
export const RESTING_HR_RANGE = [25, 220] as const;
export const HRV_RANGE = [1, 500] as const;
const SAMPLE_ROWS = 5;

// Headers as Garmin, Oura, Whoop and Apple Health exports (and the apps that convert them) write them.
const DATE_HEADER = /^(date|day|calendar ?date|summary date|cycle start time|start( date)?|timestamp|date ?time)$/;
const RESTING_HEADER = /resting.*(heart|hr|pulse)|^rhr\b|lowest.*heart rate/;
const HRV_HEADER = /\bhrv\b|heart rate variability|rmssd/;

type Table = { header: string[]; rows: string[][] };

function readTable(content: string): Table {
  let rows: string[][];
  try {
    rows = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    throw AppError.field("content", "That file isn't a CSV we can read. Export it as CSV (comma separated) and try again.");
  }
  const [header, ...data] = rows;
  if (!header || data.length === 0) throw AppError.field("content", "That file has no rows under its header line.");
  if (data.length > MAX_READINGS_ROWS) throw AppError.field("content", `That file has over ${MAX_READINGS_ROWS} rows. Export a shorter period.`);
  return { header, rows: data };
}

// Oura writes snake_case ("lowest_heart_rate"), the rest words.
const find = (header: string[], re: RegExp) => header.find((h) => re.test(h.toLowerCase().replace(/_/g, " "))) ?? null;

const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

/** Day-first unless some date can only be month-first (a second number over 12). */
function guessDayOrder(values: string[]): ReadingsMapping["dayOrder"] {
  for (const v of values) {
    const m = SLASHED.exec(v);
    if (m && Number(m[1]) > 12) return "dmy";
    if (m && Number(m[2]) > 12) return "mdy";
  }
  return "dmy";
}

/** The columns the page offers, what we think each is, and a few rows so the runner can check. */
export function previewReadings(content: string) {
  const { header, rows } = readTable(content);
  const date = find(header, DATE_HEADER) ?? find(header, /date|day/);
  const dateAt = date === null ? -1 : header.indexOf(date);
  return {
    columns: header,
    detected: { date, restingHr: find(header, RESTING_HEADER), hrv: find(header, HRV_HEADER) },
    dayOrder: guessDayOrder(rows.map((r) => r[dateAt] ?? "")),
    sample: rows.slice(0, SAMPLE_ROWS).map((r) => header.map((_, i) => r[i] ?? "")),
    rowCount: rows.length,
  };
}

/** "2026-03-04", "2026-03-04T07:00:00Z", "04/03/2026" (in the chosen order) as a calendar day, or null. */
export function readDay(value: string, dayOrder: ReadingsMapping["dayOrder"]): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const slashed = SLASHED.exec(value);
  const [y, mo, d] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : slashed
      ? [slashed[3]!, (dayOrder === "dmy" ? slashed[2]! : slashed[1]!).padStart(2, "0"), (dayOrder === "dmy" ? slashed[1]! : slashed[2]!).padStart(2, "0")]
      : [];
  if (!y) return null;
  const day = `${y}-${mo}-${d}`;
  return dayToUtc(day) === null ? null : day;
}

function readNumber(value: string | undefined, [min, max]: readonly [number, number]): number | null | "bad" {
  if (value === undefined || value === "") return null;
  const n = Number(value.replace(",", "."));
  return Number.isFinite(n) && n >= min && n <= max ? n : "bad";
}

export type Reading = { date: string; restingHr: number | null; hrvRmssd: number | null };
export type RowProblem = { row: number; reason: string };

/** The file's days under the runner's mapping; a row that can't be read is reported, never guessed at. */
export function readReadings(content: string, mapping: ReadingsMapping, today: string) {
  const { header, rows } = readTable(content);
  const at = (name: string | null, field: string) => {
    if (name === null) return -1;
    const i = header.indexOf(name);
    if (i < 0) throw AppError.field(`mapping.${field}`, `This file has no column "${name.slice(0, 80)}"`);
    return i;
  };
  const cols = { date: at(mapping.date, "date"), hr: at(mapping.restingHr, "restingHr"), hrv: at(mapping.hrv, "hrv") };
  const byDay = new Map<string, Reading>();
  const problems: RowProblem[] = [];
  rows.forEach((r, i) => {
    const row = i + 2; // as a spreadsheet numbers it, header on row 1
    const date = readDay(r[cols.date] ?? "", mapping.dayOrder);
    if (date === null) return problems.push({ row, reason: `Row ${row}: "${(r[cols.date] ?? "").slice(0, 40)}" isn't a date` });
    if (date > today) return problems.push({ row, reason: `Row ${row}: ${date} is after today` });
    const hr = cols.hr < 0 ? null : readNumber(r[cols.hr], RESTING_HR_RANGE);
    const hrv = cols.hrv < 0 ? null : readNumber(r[cols.hrv], HRV_RANGE);
    if (hr === "bad") return problems.push({ row, reason: `Row ${row}: resting heart rate must be ${RESTING_HR_RANGE.join("-")} bpm` });
    if (hrv === "bad") return problems.push({ row, reason: `Row ${row}: HRV must be ${HRV_RANGE.join("-")} ms` });
    if (hr === null && hrv === null) return; // a day the watch wasn't worn: nothing to keep, nothing wrong
    byDay.set(date, { date, restingHr: hr === null ? null : Math.round(hr), hrvRmssd: hrv });
  });
  return { readings: [...byDay.values()], problems, rowCount: rows.length };
}
