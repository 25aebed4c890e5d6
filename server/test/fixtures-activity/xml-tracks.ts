import { placeOf, type Sample, timeOf } from "./samples";

const iso = (d: Date) => d.toISOString().replace(".000Z", "Z");

/** A GPX 1.1 track as Garmin Connect exports it, heart rate in the TrackPointExtension. */
export function toGpx(samples: Sample[], opts: { start: Date; type?: string; segments?: Sample[][] }): string {
  const point = (s: Sample) => {
    const { lat, lon } = placeOf(s.distanceM);
    const ele = s.ele === null ? "" : `<ele>${s.ele.toFixed(1)}</ele>`;
    const hr = s.hr === null ? "" : `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${s.hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>`;
    return `<trkpt lat="${lat.toFixed(7)}" lon="${lon.toFixed(7)}">${ele}<time>${iso(timeOf(opts.start, s.sec))}</time>${hr}</trkpt>`;
  };
  const segments = opts.segments ?? [samples];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="Run Forward test" xmlns="http://www.topografix.com/GPX/1/1" ` +
    `xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><name>Test run</name>` +
    (opts.type ? `<type>${opts.type}</type>` : "") +
    segments.map((seg) => `<trkseg>${seg.map(point).join("\n")}</trkseg>`).join("") +
    `</trk></gpx>`
  );
}

/**
 * A TCX activity as Garmin's exports write it: HeartRateBpm, AltitudeMeters and the watch's DistanceMeters per point,
 * in one lap or several; a treadmill run has no positions.
 */
export function toTcx(samples: Sample[], opts: { start: Date; sport?: string; laps?: Sample[][]; treadmill?: boolean }): string {
  const point = (s: Sample) => {
    const { lat, lon } = placeOf(s.distanceM);
    const position = `<Position><LatitudeDegrees>${lat.toFixed(7)}</LatitudeDegrees><LongitudeDegrees>${lon.toFixed(7)}</LongitudeDegrees></Position>`;
    return (
      `<Trackpoint><Time>${iso(timeOf(opts.start, s.sec))}</Time>${opts.treadmill ? "" : position}` +
      (s.ele === null ? "" : `<AltitudeMeters>${s.ele.toFixed(1)}</AltitudeMeters>`) +
      `<DistanceMeters>${s.distanceM.toFixed(1)}</DistanceMeters>` +
      (s.hr === null ? "" : `<HeartRateBpm><Value>${s.hr}</Value></HeartRateBpm>`) +
      `</Trackpoint>`
    );
  };
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">` +
    `<Activities><Activity Sport="${opts.sport ?? "Running"}"><Id>${iso(opts.start)}</Id>` +
    (opts.laps ?? [samples]).map((lap) => `<Lap StartTime="${iso(timeOf(opts.start, lap[0]!.sec))}"><Track>${lap.map(point).join("\n")}</Track></Lap>`).join("") +
    `</Activity></Activities></TrainingCenterDatabase>`
  );
}
