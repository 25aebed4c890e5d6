// Builds activity files and export archives for tests, the benchmark and the journey: GPX, TCX and FIT (through
// Garmin's own encoder, a dev dependency, so the FIT files are what watches write) and Strava-shaped zips. Relative
// imports only, so Playwright can load it too.
import { gzipSync } from "node:zlib";
import { Encoder, Profile } from "@garmin/fitsdk";
import yazl from "yazl";

export type Track = { start: Date; minutes: number; metresPerSecond?: number; everySec?: number; heartRate?: number };

type Point = { at: Date; lat: number; lon: number; distanceM: number; hr: number; ele: number };

const METRES_PER_DEGREE = 111_320;

/** One point a second (unless asked), heading north from the Thames at an even pace, heart rate wandering a little. */
export function trackPoints({ start, minutes, metresPerSecond = 3, everySec = 1, heartRate = 145 }: Track): Point[] {
  const points: Point[] = [];
  for (let s = 0; s <= minutes * 60; s += everySec) {
    const distanceM = s * metresPerSecond;
    points.push({
      at: new Date(start.getTime() + s * 1000), lat: 51.5 + distanceM / METRES_PER_DEGREE, lon: -0.12,
      distanceM, hr: Math.round(heartRate + 5 * Math.sin(s / 300)), ele: 12 + Math.round(3 * Math.sin(s / 600)),
    });
  }
  return points;
}

export function gpxOf(track: Track, name = "Run"): string {
  const pts = trackPoints(track)
    .map((p) => `<trkpt lat="${p.lat.toFixed(7)}" lon="${p.lon}"><ele>${p.ele}</ele><time>${p.at.toISOString()}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${p.hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Run Forward test" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<trk><name>${name}</name><type>running</type><trkseg>
${pts}
</trkseg></trk></gpx>`;
}

export function tcxOf(track: Track): string {
  const points = trackPoints(track);
  const last = points.at(-1)!;
  const pts = points
    .map((p) => `<Trackpoint><Time>${p.at.toISOString()}</Time><Position><LatitudeDegrees>${p.lat.toFixed(7)}</LatitudeDegrees><LongitudeDegrees>${p.lon}</LongitudeDegrees></Position><AltitudeMeters>${p.ele}</AltitudeMeters><DistanceMeters>${p.distanceM}</DistanceMeters><HeartRateBpm><Value>${p.hr}</Value></HeartRateBpm></Trackpoint>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Running"><Id>${points[0]!.at.toISOString()}</Id>
<Lap StartTime="${points[0]!.at.toISOString()}"><TotalTimeSeconds>${track.minutes * 60}</TotalTimeSeconds><DistanceMeters>${last.distanceM}</DistanceMeters><Track>
${pts}
</Track></Lap></Activity></Activities></TrainingCenterDatabase>`;
}

// The SDK types its message numbers as optional; these all exist.
const MESG = Profile.MesgNum as Record<"FILE_ID" | "EVENT" | "RECORD" | "LAP" | "SESSION" | "ACTIVITY", number>;

const semicircles = (deg: number) => Math.round((deg * 2 ** 31) / 180);

/** A FIT activity file as a watch writes it: file id, records, a lap, the session summary and the activity. */
export function fitOf(track: Track, sport: "running" | "cycling" = "running"): Uint8Array {
  const points = trackPoints(track);
  const first = points[0]!;
  const last = points.at(-1)!;
  const seconds = (last.at.getTime() - first.at.getTime()) / 1000;
  const hrs = points.map((p) => p.hr);
  const avgHr = Math.round(hrs.reduce((a, b) => a + b, 0) / hrs.length);
  const maxHr = Math.max(...hrs);
  const encoder = new Encoder();
  // The SDK's message type names no fields; the names below are its Profile's.
  const e = { onMesg: (num: number, mesg: Record<string, unknown>) => encoder.onMesg(num, mesg as Parameters<Encoder["onMesg"]>[1]), close: () => encoder.close() };
  e.onMesg(MESG.FILE_ID, { manufacturer: "development", product: 1, timeCreated: first.at, type: "activity" });
  e.onMesg(MESG.EVENT, { timestamp: first.at, event: "timer", eventType: "start" });
  for (const p of points) {
    e.onMesg(MESG.RECORD, {
      timestamp: p.at, positionLat: semicircles(p.lat), positionLong: semicircles(p.lon), distance: p.distanceM,
      heartRate: p.hr, altitude: p.ele, speed: track.metresPerSecond ?? 3,
    });
  }
  e.onMesg(MESG.EVENT, { timestamp: last.at, event: "timer", eventType: "stopAll" });
  const summary = { timestamp: last.at, startTime: first.at, totalElapsedTime: seconds, totalTimerTime: seconds, totalDistance: last.distanceM, avgHeartRate: avgHr, maxHeartRate: maxHr };
  e.onMesg(MESG.LAP, { ...summary, messageIndex: 0, event: "lap", eventType: "stop" });
  e.onMesg(MESG.SESSION, { ...summary, messageIndex: 0, sport, subSport: "generic", firstLapIndex: 0, numLaps: 1, event: "session", eventType: "stop" });
  e.onMesg(MESG.ACTIVITY, { timestamp: last.at, totalTimerTime: seconds, numSessions: 1, type: "manual", event: "activity", eventType: "stop" });
  return e.close();
}

export const gz = (content: string | Uint8Array) => new Uint8Array(gzipSync(typeof content === "string" ? Buffer.from(content) : content));

export type ArchiveFile = { name: string; content: string | Uint8Array; compress?: boolean };

/** A zip of the given files, written with yazl (names as given, so tests can make hostile ones). */
export function zipOf(files: ArchiveFile[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const f of files) {
    const data = typeof f.content === "string" ? Buffer.from(f.content) : Buffer.from(f.content);
    zip.addBuffer(data, f.name, { compress: f.compress ?? true });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve(Buffer.concat(chunks))).on("error", reject);
  });
}

export type CsvActivity = { id: string; file: string; name: string; description?: string; exertion?: number | null; type?: string };

/** Strava's activities.csv, with its repeated headers, for the given activities. */
export function activitiesCsvOf(rows: CsvActivity[]): string {
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const header = ["Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description", "Elapsed Time", "Distance", "Filename", "Elapsed Time", "Distance", "Perceived Exertion"];
  const lines = rows.map((r) => [r.id, "", r.name, r.type ?? "Run", r.description ?? "", "", "", r.file, "", "", r.exertion == null ? "" : String(r.exertion)].map(q).join(","));
  return [header.map(q).join(","), ...lines].join("\n");
}

/** The body of an upload: the zip as a stream of chunks, the way a request arrives. */
export async function* chunksOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/**
 * Renames an entry in a finished zip, in its local header and the central directory alike (same length only). zip
 * writers refuse hostile names such as "../x", which is exactly what the tests need to send.
 */
export function renameInZip(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error("renameInZip keeps names the same length");
  const out = Buffer.from(zip);
  const needle = Buffer.from(from);
  for (let i = out.indexOf(needle); i !== -1; i = out.indexOf(needle, i + 1)) out.write(to, i);
  return out;
}
