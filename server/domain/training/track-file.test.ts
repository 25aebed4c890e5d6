import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { parseTrackFile } from "./track-file";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../../e2e/fixtures", name), "utf8");

function fileError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).fieldErrors?.file?.[0] ?? "";
  }
  throw new Error("expected a file error");
}

describe("parseTrackFile", () => {
  it.each([
    ["easy-run.gpx", "gpx"],
    ["easy-run.tcx", "tcx"],
  ] as const)("reads date, haversine distance and duration from %s", (name, format) => {
    const track = parseTrackFile(fixture(name), name);
    expect(track.format).toBe(format);
    expect(track.startedAt.toISOString()).toBe("2026-11-10T07:00:00.000Z");
    expect(track.durationSec).toBe(1500);
    // 50 steps of 0.0009 degrees of latitude, about 100 m each.
    expect(track.distanceM).toBeGreaterThan(4990);
    expect(track.distanceM).toBeLessThan(5020);
    expect(track.points).toBe(51);
  });

  it("recognises the format from the content when the name has no extension", () => {
    expect(parseTrackFile(fixture("easy-run.gpx"), "activity").format).toBe("gpx");
  });

  it.each([
    ["a truncated file", fixture("broken.gpx"), "broken.gpx", /damaged or incomplete/],
    ["not XML at all", "hello there", "notes.gpx", /damaged or incomplete/],
    ["another file type", "hello there", "notes.txt", /isn't a GPX or TCX/],
    ["a GPX with no points", '<gpx xmlns="http://www.topografix.com/GPX/1/1"></gpx>', "empty.gpx", /no track points/],
    [
      "a GPX without times",
      '<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="1" lon="1"/><trkpt lat="1.01" lon="1"/></trkseg></trk></gpx>',
      "notime.gpx",
      /no times/,
    ],
    ["a file over 5 MB", `<gpx>${" ".repeat(5 * 1024 * 1024)}</gpx>`, "huge.gpx", /over 5 MB/],
  ])("rejects %s with a file field error", (_label, text, name, message) => {
    expect(fileError(() => parseTrackFile(text, name))).toMatch(message);
  });
});
