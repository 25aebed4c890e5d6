import { SaxesParser } from "saxes";

/**
 * One track point as the file wrote it; numbers not yet checked. A TCX point may have no position (a treadmill, or
 * GPS lost) but the watch's own running distance, `distanceM`, from the start.
 */
export type XmlPoint = { lat: number | null; lon: number | null; ele: number | null; time: string | null; hr: number | null; distanceM: number | null };

export type XmlTrackEvents = {
  /** A new GPX track segment or route: the watch paused, or another track starts. Not called between TCX laps. */
  segment: () => void;
  point: (p: XmlPoint) => void;
};

const local = (name: string) => name.slice(name.indexOf(":") + 1);
const numberOr = (text: string | undefined, fallback: number | null) => (text === undefined || text.trim() === "" ? fallback : Number(text));

/**
 * Streams a GPX or TCX file's points through a SAX parser (saxes): no DOM, so a long 1 Hz track reads in tens of
 * milliseconds and bounded memory, where a DOM and GeoJSON took about a second. Returns the root element's name and
 * the sport the file names (GPX `<trk><type>`, TCX `<Activity Sport="…">`). Throws on XML that isn't well formed
 * or ends early; the caller turns that into the runner's "damaged" message.
 */
export function readXmlTrack(text: string, on: XmlTrackEvents): { root: string | null; sport: string | null } {
  const parser = new SaxesParser({ xmlns: false });
  const path: string[] = [];
  let root: string | null = null;
  let sport: string | null = null;
  let buffer = "";
  // The point being read: GPX's trkpt/rtept carry lat/lon as attributes, TCX's Trackpoint as child elements.
  let point: { lat?: string; lon?: string; ele?: string; time?: string; hr?: string; distance?: string } | null = null;

  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    if (root === null) root = name;
    path.push(name);
    buffer = "";
    if (name === "trkseg" || name === "rte") on.segment();
    else if (name === "trkpt" || name === "rtept") point = { lat: String(tag.attributes.lat ?? ""), lon: String(tag.attributes.lon ?? "") };
    else if (name === "Trackpoint") point = {};
    else if (name === "Activity" && sport === null && typeof tag.attributes.Sport === "string") sport = tag.attributes.Sport;
  });
  parser.on("text", (t) => {
    buffer += t;
  });
  parser.on("cdata", (t) => {
    buffer += t;
  });
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    const parent = path[path.length - 2];
    path.pop();
    const value = buffer.trim();
    buffer = "";
    if (name === "type" && parent === "trk" && sport === null) sport = value;
    if (!point) return;
    if (name === "trkpt" || name === "rtept" || name === "Trackpoint") {
      const placed = point.lat !== undefined && point.lon !== undefined;
      // A point with neither a place nor the watch's distance (a heart-rate-only sample) adds nothing to measure.
      if (placed || point.distance !== undefined) {
        on.point({
          lat: placed ? numberOr(point.lat, Number.NaN) : null,
          lon: placed ? numberOr(point.lon, Number.NaN) : null,
          ele: numberOr(point.ele, null),
          time: point.time ?? null,
          hr: numberOr(point.hr, null),
          distanceM: numberOr(point.distance, null),
        });
      }
      point = null;
    } else if (name === "ele" || name === "AltitudeMeters") point.ele = value;
    else if (name === "time" || name === "Time") point.time = value;
    else if (name === "LatitudeDegrees") point.lat = value;
    else if (name === "LongitudeDegrees") point.lon = value;
    else if (name === "DistanceMeters" && parent === "Trackpoint") point.distance = value;
    // GPX: Garmin's TrackPointExtension <hr>, or <heartrate> from some apps; TCX: <HeartRateBpm><Value>.
    else if (name === "hr" || name === "heartrate" || (name === "Value" && parent === "HeartRateBpm")) point.hr = value;
  });
  parser.write(text).close();
  return { root, sport };
}
