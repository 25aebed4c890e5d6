import {
  MAX_ACTIVITY_BYTES, MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES, MAX_COMPRESSION_RATIO, MAX_UNPACKED_BYTES,
} from "@/contract/imports";

export { MAX_ACTIVITY_BYTES, MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES, MAX_COMPRESSION_RATIO, MAX_UNPACKED_BYTES };

/** Below this, a file unpacks freely whatever its ratio: a tiny entry can't hurt, and empty-ish files compress hugely. */
export const RATIO_FREE_BYTES = 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The runner-facing message for each limit; tests match on these. */
export const LIMIT_MESSAGES = {
  archiveSize: `That archive is over ${mb(MAX_ARCHIVE_BYTES)}. Export a shorter period, or split it, and try again.`,
  entryCount: `That archive holds more than ${MAX_ARCHIVE_ENTRIES.toLocaleString("en")} files. Export a shorter period and try again.`,
  traversal: (name: string) =>
    `That archive is refused: the entry "${name.slice(0, 120)}" points outside the archive (an absolute path or ".."). Nothing was imported.`,
  notZip: "That isn't a zip archive we can read. Upload the .zip your export came in, unchanged.",
  ratio: `It unpacks to over ${MAX_COMPRESSION_RATIO} times its packed size, which no activity file does (a zip bomb?). It was not read.`,
  activitySize: `It unpacks to over ${mb(MAX_ACTIVITY_BYTES)}, far more than one activity. It was not read.`,
  unpackedTotal: `The archive unpacks to over ${mb(MAX_UNPACKED_BYTES)} in all; the files after this one were not read.`,
} as const;
