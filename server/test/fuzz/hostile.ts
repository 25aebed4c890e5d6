// Random and hostile values for input fuzzing, and a generator that plants them into a valid input.
import fc from "fast-check";

const deep = (depth: number): unknown => {
  let node: unknown = "bottom";
  for (let i = 0; i < depth; i++) node = { a: node, b: [node] };
  return node;
};

/** Values picked because they have broken real apps: type confusion, limits, encodings, injections, dates. */
const NASTY: unknown[] = [
  null, undefined, NaN, Infinity, -Infinity, -0, -1, 0, 1.5, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, Number.MIN_VALUE,
  true, false, "", " ", "   \t\n", "\u0000", "\u0000\u0001\u001f", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
  "'; drop table users; --", "' or '1'='1", "\\'; select pg_sleep(5); --", "%", "_", "%_\\", "$1", "null", "undefined", "NaN",
  "__proto__", "constructor", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "0000-00-00", "0001-01-01", "1899-12-31", "1900-01-01", "2026-02-30", "2026-13-01", "9999-12-31", "275760-09-13", "+275760-09-13",
  "-271821-04-20", "2026-03-29T01:30", "2026-13-45T25:61", "0001-01-01T00:00", "9999-12-31T23:59", "1970-01-01T00:00:00Z",
  // Years PostgreSQL can't read or that shift on the way in (issue 17): year 0, BC, five-digit years, before 1900.
  "0000-01-01", "0000-01-01T08:00", "-0001-01-01", "-000100-01-01", "+010000-01-01", "10000-01-01", "1800-01-01", "0000-01-01T00:00:00Z",
  // Numbers a parser turns into Infinity or NaN, as the strings a form or file carries.
  "1e999", "-1e999", "Infinity", "-Infinity", "1e309", "0x10", "1_000",
  "Europe/Nowhere", "../../etc/passwd", "\u202e\u200b\ufeff", "💩".repeat(40), "é".normalize("NFD").repeat(30), "Ω≈ç√∫",
  "a".repeat(100_000), "😀".repeat(50_000), "x".repeat(5 * 1024 * 1024 + 1),
  new Date(8.64e15), new Date(-8.64e15), new Date(Number.NaN), BigInt("1000000000000000000000"),
  [], [null], {}, { toString: "x" }, Object.create(null), deep(1000),
];

const scalar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  fc.string({ maxLength: 120 }),
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.integer(),
  fc.double(),
  fc.uuid(),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
);

export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  fc.array(scalar, { maxLength: 6 }),
  fc.dictionary(fc.string({ maxLength: 12 }), scalar, { maxKeys: 5 }),
  fc.anything({ maxDepth: 3 }),
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_START = /^\d{4}-\d{2}-\d{2}/;
const DAY_MS = 86_400_000;

/** Days no calendar-day field may take, in the "YYYY-MM-DD" shape or close to it: year 0, BC, five digits, pre-1900. */
const BAD_YEARS = ["0000-01-01", "0000-12-31", "-0001-01-01", "-000100-06-15", "+010000-01-01", "10000-01-01", "1800-06-15", "1899-12-31", "9999-12-31"];
/** Numbers beyond any limit, and the strings that parse to them. */
const NOT_FINITE: unknown[] = [Infinity, -Infinity, NaN, Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, "1e999", "Infinity", "NaN", "-1e999"];

/** A GPX or TCX export bent the ways that once got through: impossible years and coordinates past the map. */
function bentTrack(file: string): fc.Arbitrary<string> {
  const year = fc.constantFrom("0000", "-0100", "-000100", "+010000", "10000", "1800", "1899");
  const number = fc.constantFrom("1e999", "-1e999", "91", "-90.5", "180.5", "NaN", "Infinity", "1e308");
  const times = /(<time>|<Time>|StartTime=")(\d{4})-/g;
  return fc.oneof(
    // Every time in another year, or only one of them.
    year.map((y) => file.replace(times, (_m, open: string) => `${open}${y}-`)),
    year.map((y) => file.replace(/(<time>|<Time>)(\d{4})-/, (_m, open: string) => `${open}${y}-`)),
    // One point's latitude, longitude or elevation.
    number.map((n) => file.replace(/lat="[^"]*"|<LatitudeDegrees>[^<]*</, (m) => (m.startsWith("lat") ? `lat="${n}"` : `<LatitudeDegrees>${n}<`))),
    number.map((n) => file.replace(/lon="[^"]*"|<LongitudeDegrees>[^<]*</, (m) => (m.startsWith("lon") ? `lon="${n}"` : `<LongitudeDegrees>${n}<`))),
    number.map((n) => file.replace(/<ele>[^<]*<|<AltitudeMeters>[^<]*</, (m) => (m.startsWith("<ele") ? `<ele>${n}<` : `<AltitudeMeters>${n}<`))),
  );
}

/**
 * A well-typed replacement for a field, so runs get past validation and reach the domain: unknown uuids, dates
 * far off and near today (and in years no day may have), text of every kind and length, numbers around and beyond
 * the limits (Infinity and NaN too, and "1e999" as text), and track files with impossible times and places.
 */
function sameKind(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value === "string" && UUID.test(value)) return fc.oneof(fc.uuid(), fc.constant("00000000-0000-0000-0000-000000000000"));
  if (typeof value === "string" && DATE_START.test(value)) {
    const width = value.length;
    const near = fc.integer({ min: -800, max: 800 }).map((d) => new Date(Date.now() + d * DAY_MS));
    const far = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true });
    // The bad years keep the rest of the value (a time of day, say), so only the year is wrong.
    const badYear = fc.constantFrom(...BAD_YEARS).map((day) => `${day}${value.slice(10)}`);
    return fc.oneof(near.map((d) => d.toISOString().slice(0, width)), far.map((d) => d.toISOString().slice(0, width)), { weight: 2, arbitrary: badYear });
  }
  if (typeof value === "string" && /<(gpx|TrainingCenterDatabase)[\s>]/.test(value)) return fc.oneof({ weight: 3, arbitrary: bentTrack(value) }, fc.string());
  if (typeof value === "string") {
    return fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.constantFrom("<script>alert(1)</script>", "'; drop table users; --", "%_\\", "\u0000", "a".repeat(100_000), "😀".repeat(2000)),
      fc.string({ minLength: 250, maxLength: 2500 }),
    );
  }
  if (typeof value === "number") {
    return fc.oneof(
      fc.integer({ min: -1000, max: 100_000 }),
      fc.double({ min: -1e6, max: 1e6 }),
      fc.constantFrom(0, -1, 1e9, 0.5),
      fc.constantFrom(...NOT_FINITE),
    );
  }
  if (typeof value === "boolean") return fc.boolean();
  return hostile;
}

type Path = (string | number)[];

/** Every place in a value a hostile value can go: object keys and array slots, down to a few levels. */
function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (depth > 3 || value === null || typeof value !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k], depth + 1)]);
}

function setAt(value: unknown, path: Path, next: unknown, remove = false): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  if (remove && rest.length === 0) delete copy[head!];
  else copy[head!] = setAt(copy[head!], rest, next, remove);
  return copy;
}

const text = fc.string({ unit: "grapheme", maxLength: 80 });
/** Calendar days that look right but aren't (or are at the edges), as opaque cursors are built from them. */
const dayish = fc.oneof(
  fc.constantFrom("2026-02-30", "2026-13-01", "0000-01-01", "0001-01-01", "9999-12-31", "2026-00-10", "2026-04-31", ...BAD_YEARS),
  fc.date({ noInvalidDate: true, min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z") }).map((d) => d.toISOString().slice(0, 10)),
);
const idish = fc.oneof(fc.uuid(), fc.constantFrom("-".repeat(36), "g".repeat(36), "0".repeat(36)));
const timeish = fc.oneof(
  fc.constantFrom("2026-02-30T00:00:00.000000Z", "2026-11-22T24:00:00.000000Z", "0000-01-01T00:00:00.000000Z", "2026-11-22 03:00:00.123456+00"),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
/** Strings in the shapes the app's cursors once had: day, day_id, day|id, timestamp|id, and base64url of those. */
const opaqueCursor = fc
  .oneof(dayish, fc.tuple(dayish, idish).map(([d, i]) => `${d}_${i}`), fc.tuple(fc.oneof(dayish, timeish), idish).map(([d, i]) => `${d}|${i}`))
  .chain((c) => fc.constantFrom(c, Buffer.from(c).toString("base64url")));

/** The app's own cursor (base64url JSON of a keyset position, see server/domain/keyset), of every key set, holding anything. */
const positionCursor = fc
  .oneof(
    fc.record({ at: fc.oneof(timeish, text, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace("Z", "000Z"))), id: idish }),
    fc.record({ date: dayish, id: idish }),
    fc.record({ date: fc.oneof(dayish, text) }),
    fc.record({ name: fc.oneof(text, fc.constantFrom("a\u0000b", "x".repeat(600))), id: idish }),
    fc.record({ need: fc.oneof(fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 - 1, -(2 ** 53) + 1, 1.5)), name: text, id: idish }),
    fc.dictionary(fc.constantFrom("at", "date", "id", "name", "need", "x"), fc.oneof(hostile, text, fc.integer())),
  )
  .map((p) => Buffer.from(JSON.stringify(p)).toString("base64url"));

/** Well-formed cursors of every shape the app uses, pointing anywhere, plus opaque strings and other types. */
const cursor = fc.oneof(
  { weight: 3, arbitrary: positionCursor },
  { weight: 2, arbitrary: opaqueCursor },
  fc.string({ maxLength: 120 }),
  fc.constantFrom("", "null", "2026-01-01T00:00:00.000Z|x", "9999-12-31|00000000-0000-0000-0000-000000000000", "%", "'"),
  fc.record({ at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), id: fc.uuid() }),
  hostile,
);

/** Keys that hold a day or a time (date, startDate, startsAtLocal): left out, they still get days, bad years included. */
const DATE_KEY = /^(date|day)$|Date$|At$|AtLocal$/;

/** A value for a declared key the valid input left out (cursors, limits, optional fields). */
const forKey = (key: string): fc.Arbitrary<unknown> => {
  if (key === "cursor") return cursor;
  if (DATE_KEY.test(key)) return fc.oneof({ weight: 2, arbitrary: sameKind("2026-11-10") }, hostile);
  return fc.oneof(hostile, text, fc.integer({ min: -10, max: 1000 }), fc.boolean(), fc.constant(null));
};

const isDateOrTrack = (v: unknown) => typeof v === "string" && (DATE_START.test(v) || /<(gpx|TrainingCenterDatabase)[\s>]/.test(v));

/**
 * Inputs derived from a valid one: whole-input swaps, one to three fields replaced (well-typed or hostile) or
 * removed, extra keys, and the schema's other declared keys (declaredKeys) set to cursors, limits and worse.
 */
export function mutatedInputs(valid: unknown, declaredKeys: string[] = []): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const base = valid && typeof valid === "object" && !Array.isArray(valid) ? valid : {};
  const swaps: fc.Arbitrary<unknown>[] = [
    hostile,
    fc.constant([valid]),
    fc.tuple(fc.string({ maxLength: 20 }), hostile).map(([k, v]) => (valid && typeof valid === "object" ? { ...valid, [k]: v } : { [k]: v })),
  ];
  if (declaredKeys.length) {
    const declared = fc.constantFrom(...declaredKeys).chain((k) => forKey(k).map((v) => ({ ...base, [k]: v })));
    // Weighted up: for list queries the declared keys (cursor, limit) are where the interesting input is.
    swaps.push(declared, declared, declared);
  }
  if (paths.length) {
    const path = fc.constantFrom(...paths);
    const at = (p: Path) => p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], valid);
    swaps.push(
      path.chain((p) => sameKind(at(p)).map((v) => setAt(valid, p, v))),
      path.chain((p) => sameKind(at(p)).map((v) => setAt(valid, p, v))),
      path.chain((p) => sameKind(at(p)).map((v) => setAt(valid, p, v))),
      fc.array(fc.tuple(path, hostile), { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce((acc, [p, v]) => setAt(acc, p, v), valid)),
      path.map((p) => setAt(valid, p, undefined, true)),
      // Arrays where scalars go, and the field's own value wrapped.
      path.map((p) => setAt(valid, p, [at(p)])),
    );
    // Days and track files, where values that look right can still be impossible, get bent more often.
    const special = paths.filter((p) => isDateOrTrack(at(p)));
    if (special.length) {
      const bent = fc.constantFrom(...special).chain((p) => sameKind(at(p)).map((v) => setAt(valid, p, v)));
      swaps.push(bent, bent);
    }
  }
  return fc.oneof(...swaps);
}
