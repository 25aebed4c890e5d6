import { MAX_TRACK_FILE_BYTES } from "@/contract/training";
import type { DistanceUnit } from "@/contract/values";
import type { ParsedActivity } from "./parsed-activity";
import { looksLikeFit, parseFit } from "./parse-fit";
import { looksLikeXmlTrack, parseGpxTcx } from "./parse-gpx-tcx";
import { fileError } from "./track-checks";

function formatOf(name: string, bytes: Uint8Array): "gpx" | "tcx" | "fit" | null {
  // The content decides over the name: a FIT file renamed .gpx is still read as FIT.
  if (looksLikeFit(bytes)) return "fit";
  const lower = name.toLowerCase();
  if (lower.endsWith(".fit")) return "fit";
  if (lower.endsWith(".gpx")) return "gpx";
  if (lower.endsWith(".tcx")) return "tcx";
  // Only the start is looked at: the root element comes first, after the XML declaration and comments.
  return looksLikeXmlTrack(new TextDecoder().decode(bytes.subarray(0, 4096)));
}

/**
 * One activity file (GPX, TCX or FIT, already unzipped) read into the shared shape, with splits in the runner's unit.
 * Async (FIT parsing is). Anything that is not a usable activity throws `AppError.field("file", …)` with a message
 * for the runner: another file type, a damaged file, no points, times before 1900 or more than a year ahead.
 */
export async function parseActivity(
  file: { name: string; bytes: Uint8Array },
  opts: { unit: DistanceUnit; now?: Date },
): Promise<ParsedActivity> {
  const now = opts.now ?? new Date();
  if (file.bytes.byteLength > MAX_TRACK_FILE_BYTES) throw fileError("That file is over 5 MB. Export a single activity and try again.");
  if (file.bytes.byteLength === 0) throw fileError("That file is empty.");
  const format = formatOf(file.name, file.bytes);
  if (!format) throw fileError("That isn't a GPX, TCX or FIT file. Choose a .gpx, .tcx or .fit export from your watch or app.");
  if (format === "fit") {
    if (!looksLikeFit(file.bytes)) throw fileError("That FIT file is damaged or incomplete, so we couldn't read it. Export the activity again from your watch's app.");
    return parseFit(file.bytes, { unit: opts.unit, now });
  }
  return parseGpxTcx(new TextDecoder().decode(file.bytes), format, { unit: opts.unit, now });
}
