import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutatedInputs } from "./hostile";

// The fuzz suite (server/fuzz.test.ts) draws from these generators. Issue 17's finds (a year-0 day, a BC or +10000
// year in a track file, lat="1e999") got past it once; this keeps them among what the generators produce.
const SAMPLES = 1500;
const GPX =
  '<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="51.5" lon="-0.12"><ele>12</ele><time>2026-11-10T07:00:00Z</time></trkpt>' +
  '<trkpt lat="51.509" lon="-0.12"><time>2026-11-10T07:25:00Z</time></trkpt></trkseg></trk></gpx>';

/** The leaves of each sampled input: strings (cut short, as only their starts matter here) and numbers as text. */
function drawn(valid: unknown, seed: number): string[] {
  const leaves: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (typeof v === "string") leaves.push(v.length > 4000 ? v.slice(0, 4000) : v);
    else if (typeof v === "number") leaves.push(`number:${v}`);
    else if (v && typeof v === "object" && depth < 4) for (const x of Object.values(v)) walk(x, depth + 1);
  };
  for (const v of fc.sample(mutatedInputs(valid), { numRuns: SAMPLES, seed })) walk(v, 0);
  return leaves;
}

describe("hostile generators", () => {
  it("put year 0, BC, five-digit and pre-1900 years into date fields", () => {
    const seen = drawn({ date: "2026-11-10" }, 17);
    for (const day of ["0000-", "-0001-", "-000100-", "+010000-", "10000-", "1800-"]) expect(seen.some((s) => s.startsWith(day))).toBe(true);
  });

  it("keep a datetime's time of day when they bend its year", () => {
    expect(drawn({ startsAtLocal: "2026-11-10T08:30" }, 18)).toContain("0000-01-01T08:30");
  });

  it("put Infinity, NaN and \"1e999\" into number fields", () => {
    const seen = drawn({ distance: 8 }, 19);
    for (const n of ["number:Infinity", "number:-Infinity", "number:NaN", "1e999"]) expect(seen).toContain(n);
  });

  it("bend a track file's years and coordinates", () => {
    const seen = drawn({ content: GPX }, 20).join("\n");
    for (const bent of ["<time>0000-", "<time>-0100-", "<time>+010000-", "<time>1800-", 'lat="1e999"', 'lon="180.5"', "<ele>Infinity<"]) {
      expect(seen).toContain(bent);
    }
  });
});
