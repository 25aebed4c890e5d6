/** One moment of a generated activity: seconds from the start, metres run so far, heart rate and altitude. */
export type Sample = { sec: number; distanceM: number; hr: number | null; ele: number | null };

export type RunShape = {
  distanceM: number;
  secPerKm: number;
  /** Seconds between samples (watches write one a second; tests use fewer to stay small). */
  everySec?: number;
  /** Standing still this long, this far in (at a light, or with the watch paused). */
  pause?: { atSec: number; forSec: number };
  hr?: (sec: number) => number | null;
  ele?: (distanceM: number) => number | null;
};

/** A steady run as a watch samples it, with an optional stop part-way. */
export function runSamples(shape: RunShape): Sample[] {
  const every = shape.everySec ?? 5;
  const speed = 1000 / shape.secPerKm;
  const runSec = shape.distanceM / speed;
  const pauseFor = shape.pause?.forSec ?? 0;
  const pauseAt = shape.pause?.atSec ?? Infinity;
  const samples: Sample[] = [];
  const at = (sec: number): Sample => {
    const moving = sec < pauseAt ? sec : Math.max(pauseAt, sec - pauseFor);
    const distanceM = Math.min(shape.distanceM, moving * speed);
    return { sec, distanceM, hr: shape.hr?.(sec) ?? null, ele: shape.ele?.(distanceM) ?? null };
  };
  const end = runSec + pauseFor;
  for (let sec = 0; sec < end; sec += every) samples.push(at(sec));
  samples.push(at(end));
  return samples;
}

const METRES_PER_DEGREE_LAT = 6_371_008.8 * (Math.PI / 180);

/** Runs due north from a start near London, so the haversine distance between points is the distance run. */
export function placeOf(distanceM: number): { lat: number; lon: number } {
  return { lat: 51.5 + distanceM / METRES_PER_DEGREE_LAT, lon: -0.12 };
}

export const timeOf = (start: Date, sec: number) => new Date(start.getTime() + Math.round(sec * 1000));
