import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { parseActivity } from "./parse-activity";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../../e2e/fixtures", name), "utf8");

const NOW_DEFAULT = new Date();
/** The old text-in shape, over parseActivity's bytes. */
const parseTrackFile = (text: string, name: string, now = NOW_DEFAULT) =>
  parseActivity({ name, bytes: new TextEncoder().encode(text) }, { unit: "km", now });

async function fileError(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).fieldErrors?.file?.[0] ?? "";
  }
  throw new Error("expected a file error");
}

describe("parseActivity on GPX and TCX", () => {
  it.each([
    ["easy-run.gpx", "gpx"],
    ["easy-run.tcx", "tcx"],
  ] as const)("reads date, haversine distance and duration from %s", async (name, format) => {
    const track = await parseTrackFile(fixture(name), name);
    expect(track.format).toBe(format);
    expect(track.startedAt.toISOString()).toBe("2026-11-10T07:00:00.000Z");
    expect(track.durationSec).toBe(1500);
    // 50 steps of 0.0009 degrees of latitude, about 100 m each.
    expect(track.distanceM).toBeGreaterThan(4990);
    expect(track.distanceM).toBeLessThan(5020);
    expect(track.points).toBe(51);
  });

  it("recognises the format from the content when the name has no extension", async () => {
    expect((await parseTrackFile(fixture("easy-run.gpx"), "activity")).format).toBe("gpx");
  });

  it.each([
    ["a truncated file", fixture("broken.gpx"), "broken.gpx", /damaged or incomplete/],
    ["not XML at all", "hello there", "notes.gpx", /damaged or incomplete/],
    ["another file type", "hello there", "notes.txt", /isn't a GPX, TCX or FIT/],
    ["a GPX with no points", '<gpx xmlns="http://www.topografix.com/GPX/1/1"></gpx>', "empty.gpx", /no track points/],
    [
      "a GPX without times",
      '<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="1" lon="1"/><trkpt lat="1.01" lon="1"/></trkseg></trk></gpx>',
      "notime.gpx",
      /no times/,
    ],
    ["a file over 5 MB", `<gpx>${" ".repeat(5 * 1024 * 1024)}</gpx>`, "huge.gpx", /over 5 MB/],
  ])("rejects %s with a file field error", async (_label, text, name, message) => {
    expect(await fileError(() => parseTrackFile(text, name))).toMatch(message);
  });
});

// Times and places the shared rules refuse (contract/dates.ts): the file is refused at `file`, never shifted or NaN.
const NOW = new Date("2026-12-01T12:00:00Z");
const gpxTrack = (start: string, lat = "51.5", ele = "12") =>
  `<gpx xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg><trkpt lat="${lat}" lon="-0.12"><ele>${ele}</ele><time>${start}</time></trkpt>` +
  `<trkpt lat="51.509" lon="-0.12"><time>2026-11-10T07:25:00Z</time></trkpt></trkseg></trk></gpx>`;
const tcxTrack = (start: string, lat = "51.5") =>
  `<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Running"><Lap StartTime="${start}"><Track>` +
  `<Trackpoint><Time>${start}</Time><Position><LatitudeDegrees>${lat}</LatitudeDegrees><LongitudeDegrees>-0.12</LongitudeDegrees></Position></Trackpoint>` +
  `<Trackpoint><Time>2026-11-10T07:25:00Z</Time><Position><LatitudeDegrees>51.509</LatitudeDegrees><LongitudeDegrees>-0.12</LongitudeDegrees></Position></Trackpoint>` +
  `</Track></Lap></Activity></Activities></TrainingCenterDatabase>`;

describe("parseActivity GPX/TCX times and coordinates", () => {
  it("reads a time without a zone as UTC, on any machine", async () => {
    expect((await parseTrackFile(gpxTrack("2026-11-10T07:00:00"), "a.gpx", NOW)).startedAt.toISOString()).toBe("2026-11-10T07:00:00.000Z");
  });

  it.each([
    ["year 0000", "0000-01-01T07:00:00Z", /before 1900/],
    ["a BC year", "-0100-01-01T07:00:00Z", /before 1900/],
    ["a BC year, six digits", "-000100-01-01T07:00:00Z", /before 1900/],
    ["1800", "1800-06-01T07:00:00Z", /before 1900/],
    ["the last second of 1899", "1899-12-31T23:59:59Z", /before 1900/],
    ["year +10000", "+010000-01-01T07:00:00Z", /more than a year in the future/],
    ["year 10000", "10000-01-01T07:00:00Z", /more than a year in the future/],
    ["two years ahead", "2028-12-01T07:00:00Z", /more than a year in the future/],
    ["an unreadable time", "yesterday", /can't read/],
    ["30 February", "2026-02-30T07:00:00Z", /can't read/],
  ])("refuses a track starting in %s", async (_label, start, message) => {
    expect(await fileError(() => parseTrackFile(gpxTrack(start), "a.gpx", NOW))).toMatch(message);
    expect(await fileError(() => parseTrackFile(tcxTrack(start), "a.tcx", NOW))).toMatch(message);
  });

  it("refuses a point at latitude NaN (which the GPX reader drops)", async () => {
    expect(await fileError(() => parseTrackFile(gpxTrack("2026-11-10T07:00:00Z", "NaN"), "a.gpx", NOW))).toMatch(/outside the map|no track points/);
  });

  it.each([["1e999"], ["-1e999"], ["91"], ["-90.5"]])("refuses a point at latitude %s", async (lat) => {
    expect(await fileError(() => parseTrackFile(gpxTrack("2026-11-10T07:00:00Z", lat), "a.gpx", NOW))).toMatch(/outside the map/);
    expect(await fileError(() => parseTrackFile(tcxTrack("2026-11-10T07:00:00Z", lat), "a.tcx", NOW))).toMatch(/outside the map|no track points/);
  });

  it("refuses a longitude out of range and an infinite elevation", async () => {
    const farEast = gpxTrack("2026-11-10T07:00:00Z").replace('lon="-0.12"', 'lon="180.5"');
    expect(await fileError(() => parseTrackFile(farEast, "a.gpx", NOW))).toMatch(/outside the map/);
    expect(await fileError(() => parseTrackFile(gpxTrack("2026-11-10T07:00:00Z", "51.5", "1e999"), "a.gpx", NOW))).toMatch(/outside the map/);
  });

  it("keeps a finite distance at the edges of the map", async () => {
    const track = await parseTrackFile(gpxTrack("2026-11-10T07:00:00Z", "90"), "a.gpx", NOW);
    expect(Number.isFinite(track.distanceM)).toBe(true);
  });
});

describe("parseActivity GPX/TCX XML it won't follow", () => {
  it("refuses a file that declares its own entities (a billion laughs) as damaged, without expanding them", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>` +
      gpxTrack("2026-11-10T07:00:00Z").replace("<gpx ", "<gpx creator=\"&b;\" ");
    expect(await fileError(() => parseTrackFile(laughs, "a.gpx", NOW))).toMatch(/damaged or incomplete/);
  });

  it.each([["1e999"], ["-5"], ["NaN"]])("refuses a TCX point whose own distance is %s", async (d) => {
    const text = tcxTrack("2026-11-10T07:00:00Z").replace("</Position></Trackpoint>", `</Position><DistanceMeters>${d}</DistanceMeters></Trackpoint>`);
    expect(await fileError(() => parseTrackFile(text, "a.tcx", NOW))).toMatch(/impossible distance/);
  });

  it("refuses a GPX whose root is something else", async () => {
    expect(await fileError(() => parseTrackFile("<kml><gpx></gpx></kml>", "a.gpx", NOW))).toMatch(/damaged or incomplete/);
  });
});

