import type { SessionType } from "@/contract/values";

/** The sports a watch or app file names, as far as the log cares. */
export type FileSport = "run" | "trail_run" | "walk" | "bike" | "swim" | "strength";

/**
 * A run this long is logged as a long run, road or trail: 90 minutes is where most plans start calling a run "long".
 * Anything shorter is an easy run; the runner can change the type afterwards.
 */
export const LONG_RUN_MIN_SEC = 90 * 60;

/** The session type a file's sport maps to, by its moving time (elapsed when moving time is unknown). */
export function sessionTypeFor(sport: FileSport | null, seconds: number): SessionType | null {
  switch (sport) {
    case "run":
    case "trail_run":
      return seconds > LONG_RUN_MIN_SEC ? "long" : "easy";
    case "walk":
      return "walk";
    case "bike":
    case "swim":
      return "cross_training";
    case "strength":
      return "strength";
    default:
      return null;
  }
}

/**
 * Reads the free-text sport that GPX (`<type>`) and TCX (`Sport="Running"`) files carry: Garmin, Strava, Coros and
 * others spell it differently ("running", "Run", "trail_running", "Biking", "hiking"). Unknown words give null.
 */
export function sportFromText(text: string | null | undefined): FileSport | null {
  const t = (text ?? "").toLowerCase();
  if (/trail/.test(t)) return "trail_run";
  if (/run|jog/.test(t)) return "run";
  if (/walk|hik/.test(t)) return "walk";
  if (/bik|cycl|ride/.test(t)) return "bike";
  if (/swim/.test(t)) return "swim";
  if (/strength|weight/.test(t)) return "strength";
  return null;
}
