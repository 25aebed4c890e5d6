import { Encoder, Profile } from "@garmin/fitsdk";
import { placeOf, type Sample, timeOf } from "./samples";

const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180;
const M = Profile.MesgNum as Record<"FILE_ID" | "EVENT" | "RECORD" | "LAP" | "SESSION" | "ACTIVITY", number>;

export type FitShape = {
  start: Date;
  sport?: string;
  subSport?: string;
  /** Laps the watch closed every this many metres (auto-lap), or one lap for the whole activity. */
  lapEveryM?: number;
  /** Leave the session summary out, as some apps' exports do: the parser falls back on the records. */
  noSession?: boolean;
  /** The file type in file_id: "activity" for a recording. */
  fileType?: string;
};

/** Every metre up, as a barometric altimeter counts it. */
function ascentOf(samples: Sample[]): number {
  let up = 0;
  for (let i = 1; i < samples.length; i++) up += Math.max(0, (samples[i]!.ele ?? 0) - (samples[i - 1]!.ele ?? 0));
  return up;
}

/**
 * A FIT activity file as a watch writes it, through Garmin's own SDK: file_id, timer start/stop events around a
 * pause, one record per sample, laps, the session summary and the activity message.
 */
export function toFit(samples: Sample[], shape: FitShape): Uint8Array {
  const encoder = new Encoder();
  // The SDK's message types are per message; the fields here are the profile's, checked by the encoder at run time.
  const e = { onMesg: (num: number, mesg: Record<string, unknown>) => encoder.onMesg(num, mesg as Parameters<Encoder["onMesg"]>[1]) };
  const at = (sec: number) => timeOf(shape.start, sec);
  e.onMesg(M.FILE_ID, { manufacturer: "garmin", product: 4315, timeCreated: shape.start, type: shape.fileType ?? "activity" });
  e.onMesg(M.EVENT, { timestamp: shape.start, event: "timer", eventType: "start" });
  const last = samples[samples.length - 1]!;
  let pausedSec = 0;
  let lapStart = samples[0]!;
  let lapPaused = 0;
  const lap = (from: Sample, to: Sample, paused: number) => {
    const within = samples.filter((s) => s.sec >= from.sec && s.sec <= to.sec);
    const hrs = within.filter((s) => s.hr !== null).map((s) => s.hr!);
    e.onMesg(M.LAP, {
      timestamp: at(to.sec), startTime: at(from.sec), totalElapsedTime: to.sec - from.sec, totalTimerTime: to.sec - from.sec - paused,
      totalDistance: to.distanceM - from.distanceM, totalAscent: Math.round(ascentOf(within)), ...(hrs.length ? { avgHeartRate: Math.round(hrs.reduce((a, b) => a + b, 0) / hrs.length) } : {}),
    });
  };
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    const prev = samples[i - 1];
    // Standing still: a watch on auto-pause stops the timer and writes no records until the runner moves again.
    if (prev && s.distanceM === prev.distanceM && s !== last) {
      pausedSec += s.sec - prev.sec;
      lapPaused += s.sec - prev.sec;
      continue;
    }
    const { lat, lon } = placeOf(s.distanceM);
    e.onMesg(M.RECORD, {
      timestamp: at(s.sec), distance: s.distanceM,
      positionLat: Math.round(lat * SEMICIRCLES_PER_DEGREE), positionLong: Math.round(lon * SEMICIRCLES_PER_DEGREE),
      ...(s.hr === null ? {} : { heartRate: s.hr }), ...(s.ele === null ? {} : { enhancedAltitude: s.ele }),
    });
    if (shape.lapEveryM && s.distanceM - lapStart.distanceM >= shape.lapEveryM - 1e-6 && s !== last) {
      lap(lapStart, s, lapPaused);
      lapStart = s;
      lapPaused = 0;
    }
  }
  e.onMesg(M.EVENT, { timestamp: at(last.sec), event: "timer", eventType: "stopAll" });
  lap(lapStart, last, lapPaused);
  if (!shape.noSession) {
    const hrs = samples.filter((s) => s.hr !== null).map((s) => s.hr!);
    e.onMesg(M.SESSION, {
      timestamp: at(last.sec), startTime: shape.start, totalElapsedTime: last.sec, totalTimerTime: last.sec - pausedSec,
      totalDistance: last.distanceM, sport: shape.sport ?? "running", subSport: shape.subSport ?? "generic",
      ...(hrs.length ? { avgHeartRate: Math.round(hrs.reduce((a, b) => a + b, 0) / hrs.length), maxHeartRate: Math.max(...hrs) } : {}),
      ...(samples.some((s) => s.ele !== null) ? { totalAscent: Math.round(ascentOf(samples)) } : {}),
      firstLapIndex: 0, numLaps: 1, event: "session", eventType: "stop",
    });
  }
  e.onMesg(M.ACTIVITY, { timestamp: at(last.sec), numSessions: shape.noSession ? 0 : 1, type: "manual", totalTimerTime: last.sec - pausedSec });
  return encoder.close();
}
