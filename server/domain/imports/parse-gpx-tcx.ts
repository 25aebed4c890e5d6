import type { DistanceUnit } from "@/contract/values";
import { AppError } from "@/server/errors";
import type { ParsedActivity } from "./parsed-activity";
import { sessionTypeFor, sportFromText } from "./sport";
import { fileError, haversine, isPlace, readXmlTime } from "./track-checks";
import { TrackSummary } from "./track-summary";
import { readXmlTrack } from "./xml-track-reader";

export function looksLikeXmlTrack(text: string): "gpx" | "tcx" | null {
  if (/<gpx[\s>]/.test(text)) return "gpx";
  if (/<TrainingCenterDatabase[\s>]/.test(text)) return "tcx";
  return null;
}

const ROOT = { gpx: "gpx", tcx: "TrainingCenterDatabase" } as const;

/**
 * Reads a GPX or TCX export: start, elapsed and moving time, distance (haversine between points; not across a GPX
 * segment break, where the watch paused), heart rate, elevation gain and splits in the runner's unit. Any problem is
 * a field error on "file".
 */
export function parseGpxTcx(text: string, format: "gpx" | "tcx", opts: { unit: DistanceUnit; now: Date }): ParsedActivity {
  const damaged = () => fileError(`That ${format.toUpperCase()} file is damaged or incomplete, so we couldn't read it.`);
  const summary = new TrackSummary(opts.unit);
  let distanceM = 0;
  let points = 0;
  let timedPoints = 0;
  let start = Infinity;
  let end = -Infinity;
  let last: number[] | null = null;
  let lastDistance: number | null = null;
  let read: ReturnType<typeof readXmlTrack>;
  try {
    read = readXmlTrack(text, {
      segment: () => {
        last = null;
        lastDistance = null;
        summary.startSegment();
      },
      point: (p) => {
        const place = p.lat === null || p.lon === null ? null : [p.lon, p.lat, ...(p.ele === null ? [] : [p.ele])];
        // One impossible point (lat="1e999", lat="91") refuses the file: its distance would be NaN or made up.
        if ((place && !isPlace(place)) || (p.ele !== null && !Number.isFinite(p.ele))) {
          throw fileError("That file has a track point outside the map (a latitude or longitude out of range), so we can't measure it.");
        }
        if (p.distanceM !== null && !(Number.isFinite(p.distanceM) && p.distanceM >= 0)) {
          throw fileError(`That ${format.toUpperCase()} file has a point with an impossible distance, so we can't measure it.`);
        }
        points += 1;
        // The watch's own distance (GPS smoothed, or a foot pod on a treadmill) where the point has it; the map
        // otherwise. A point missing one breaks that chain, so no stretch is counted twice.
        let stepM = 0;
        if (p.distanceM !== null && lastDistance !== null) stepM = Math.max(0, p.distanceM - lastDistance);
        else if (place && last) stepM = haversine(last, place);
        last = place;
        lastDistance = p.distanceM;
        distanceM += stepM;
        const atMs = p.time ? readXmlTime(p.time, opts.now) : null;
        if (atMs !== null) {
          timedPoints += 1;
          if (atMs < start) start = atMs;
          if (atMs > end) end = atMs;
        }
        summary.add({ atMs, stepM, hr: p.hr !== null && Number.isFinite(p.hr) ? p.hr : null, ele: p.ele });
      },
    });
  } catch (err) {
    // Our own refusals (a bad time, a point off the map) pass through; anything the XML parser throws is damage.
    if (err instanceof AppError) throw err;
    throw damaged();
  }
  if (read.root !== ROOT[format]) throw damaged();
  if (points < 2) throw fileError("That file has no track points, so there's no distance or time to import.");
  if (timedPoints < 2) throw fileError("That file's track has no times, so we can't tell the date or duration.");
  const durationSec = Math.round((end - start) / 1000);
  if (durationSec <= 0) throw fileError("That file's track has no elapsed time.");
  // Guarded above point by point; this keeps a NaN or Infinity out of the database whatever slips through.
  if (!Number.isFinite(distanceM)) throw damaged();
  const figures = summary.finish();
  return {
    format,
    sport: sessionTypeFor(sportFromText(read.sport), figures.movingSec ?? durationSec),
    startedAt: new Date(start),
    durationSec,
    distanceM: Math.round(distanceM),
    ...figures,
    points,
  };
}
