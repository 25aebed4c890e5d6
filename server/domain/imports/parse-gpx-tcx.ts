import { gpx, tcx } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import type { DistanceUnit } from "@/contract/values";
import type { ParsedActivity } from "./parsed-activity";
import { sessionTypeFor, sportFromText } from "./sport";
import { fileError, haversine, isPlace, readXmlTime } from "./track-checks";
import { TrackSummary } from "./track-summary";

type Position = number[];
type Geometry = { type: string; coordinates?: unknown };
type Feature = { geometry: Geometry | null; properties: Record<string, unknown> | null };
type Line = { coords: Position[]; times: unknown[]; heart: unknown[] };

const at = (list: unknown, i: number): unknown[] => (Array.isArray(list) && Array.isArray(list[i]) ? (list[i] as unknown[]) : []);

/** Each continuous line (a GPX track segment, a TCX lap) of a feature, with its point times and heart rates. */
function linesOf(feature: Feature): Line[] {
  const g = feature.geometry;
  const props = (feature.properties?.coordinateProperties ?? {}) as { times?: unknown; heart?: unknown };
  if (g?.type === "LineString") {
    const list = (v: unknown) => (Array.isArray(v) ? v : []);
    return [{ coords: g.coordinates as Position[], times: list(props.times), heart: list(props.heart) }];
  }
  if (g?.type === "MultiLineString") {
    return (g.coordinates as Position[][]).map((coords, i) => ({ coords, times: at(props.times, i), heart: at(props.heart, i) }));
  }
  return [];
}

export function looksLikeXmlTrack(text: string): "gpx" | "tcx" | null {
  if (/<gpx[\s>]/.test(text)) return "gpx";
  if (/<TrainingCenterDatabase[\s>]/.test(text)) return "tcx";
  return null;
}

function readXml(text: string, format: "gpx" | "tcx") {
  const damaged = () => fileError(`That ${format.toUpperCase()} file is damaged or incomplete, so we couldn't read it.`);
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
  if (errors.length > 0 || !root || root.localName !== (format === "gpx" ? "gpx" : "TrainingCenterDatabase")) throw damaged();
  return doc;
}

/** The sport the file names: GPX `<trk><type>`, TCX `<Activity Sport="...">`. */
function sportOf(doc: ReturnType<typeof readXml>, format: "gpx" | "tcx", features: Feature[]) {
  if (format === "tcx") return sportFromText(doc.getElementsByTagName("Activity")[0]?.getAttribute("Sport"));
  const type = features.find((f) => typeof f.properties?.type === "string")?.properties?.type;
  return sportFromText(typeof type === "string" ? type : null);
}

/**
 * Reads a GPX or TCX export: start, elapsed and moving time, distance (haversine over the points within each segment;
 * the gap across a pause is not run), heart rate, elevation gain and splits in the runner's unit. Any problem is a
 * field error on "file".
 */
export function parseGpxTcx(text: string, format: "gpx" | "tcx", opts: { unit: DistanceUnit; now: Date }): ParsedActivity {
  const doc = readXml(text, format);
  const collection = (format === "gpx" ? gpx(doc) : tcx(doc)) as unknown as { features: Feature[] };
  const summary = new TrackSummary(opts.unit);
  let distanceM = 0;
  let points = 0;
  let start = Infinity;
  let end = -Infinity;
  let timedPoints = 0;
  // A GPX track segment ends where the watch paused; a TCX lap is only a lap (auto-lap every km), and the run goes on.
  const lapsJoin = format === "tcx";
  let last: Position | null = null;
  for (const feature of collection.features) {
    for (const line of linesOf(feature)) {
      points += line.coords.length;
      // One impossible point (lat="1e999", lat="91") refuses the file: its distance would be NaN or made up.
      if (!line.coords.every(isPlace)) {
        throw fileError("That file has a track point outside the map (a latitude or longitude out of range), so we can't measure it.");
      }
      if (!lapsJoin || !last) summary.startSegment();
      for (let i = 0; i < line.coords.length; i++) {
        const from = i === 0 ? (lapsJoin ? last : null) : line.coords[i - 1]!;
        const stepM = from ? haversine(from, line.coords[i]!) : 0;
        distanceM += stepM;
        const t = line.times[i];
        const atMs = typeof t === "string" && t.trim() !== "" ? readXmlTime(t, opts.now) : null;
        if (atMs !== null) {
          timedPoints += 1;
          // A loop, not Math.min(...): long tracks hold more points than a call can take arguments.
          if (atMs < start) start = atMs;
          if (atMs > end) end = atMs;
        }
        const hr = line.heart[i];
        const ele = line.coords[i]![2];
        summary.add({ atMs, stepM, hr: typeof hr === "number" ? hr : null, ele: typeof ele === "number" ? ele : null });
      }
      last = line.coords[line.coords.length - 1] ?? last;
    }
  }
  if (points < 2) throw fileError("That file has no track points, so there's no distance or time to import.");
  if (timedPoints < 2) throw fileError("That file's track has no times, so we can't tell the date or duration.");
  const durationSec = Math.round((end - start) / 1000);
  if (durationSec <= 0) throw fileError("That file's track has no elapsed time.");
  // Guarded above point by point; this keeps a NaN or Infinity out of the database whatever slips through.
  if (!Number.isFinite(distanceM)) throw fileError(`That ${format.toUpperCase()} file is damaged or incomplete, so we couldn't read it.`);
  const figures = summary.finish();
  const sport = sportOf(doc, format, collection.features);
  return {
    format,
    sport: sessionTypeFor(sport, figures.movingSec ?? durationSec),
    startedAt: new Date(start),
    durationSec,
    distanceM: Math.round(distanceM),
    ...figures,
    points,
  };
}
