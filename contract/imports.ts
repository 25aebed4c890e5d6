// Bringing your history: whole export archives, daily readings CSVs and the batches they make. Zod only.
import { z } from "zod";
import { MAX_ARCHIVE_BYTES, MAX_READINGS_CSV_CHARS, SOURCE_FILTERS, type SourceFilter } from "./limits";
import { pageCursor } from "./paging";

export { MAX_ARCHIVE_BYTES };
/** A decade of daily running is under 5,000 activities; the rest of a Strava archive (photos, posts) is skipped. */
export const MAX_ARCHIVE_ENTRIES = 20_000;
/** One activity file, unpacked. A 10-hour FIT file with every sensor is around 10 MB. */
export const MAX_ACTIVITY_BYTES = 50 * 1024 * 1024;
/** Track files compress about 5-15x; past this, an entry is a zip bomb, not a track. */
export const MAX_COMPRESSION_RATIO = 100;
/** All of an archive's entries unpacked together. */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024 * 1024;

export { MAX_READINGS_CSV_CHARS };
export const MAX_READINGS_ROWS = 20_000;

const fileName = z.string().trim().min(1, "Choose a file").max(255, "That file name is too long");

/** Opens an archive import; the upload that follows names the batch it fills. */
export const startArchiveInput = z.object({
  fileName: fileName.refine((n) => n.toLowerCase().endsWith(".zip"), "Choose the .zip file your export came in"),
  sizeBytes: z
    .number("Choose a file")
    .int("Choose a file")
    .min(1, "That file is empty")
    .max(MAX_ARCHIVE_BYTES, "That archive is over 1 GB. Export a shorter period, or split it, and try again."),
});
export type StartArchiveInput = z.output<typeof startArchiveInput>;

export const batchIdInput = z.object({ id: z.uuid("Unknown import") });

export const batchListInput = z.object({ cursor: pageCursor, limit: z.number().int().min(1).max(50).default(20) });

/** Which column of the CSV holds each value; null for "this file has none". */
export const readingsMapping = z.object({
  date: z.string("Choose the date column").min(1, "Choose the date column").max(200),
  restingHr: z.string().min(1).max(200).nullable(),
  hrv: z.string().min(1).max(200).nullable(),
  /** How to read a slashed date like 03/04/2026; ISO dates read the same either way. */
  dayOrder: z.enum(["dmy", "mdy"], "Choose how dates are written").default("dmy"),
});
export type ReadingsMapping = z.output<typeof readingsMapping>;

const readingsContent = z
  .string("Choose a CSV file")
  .min(1, "That file is empty")
  .max(MAX_READINGS_CSV_CHARS, "That file is over 2 MB. Export a shorter period and try again.");

export const previewReadingsInput = z.object({ content: readingsContent });

export const importReadingsInput = z
  .object({ fileName, content: readingsContent, mapping: readingsMapping })
  .refine((v) => v.mapping.restingHr !== null || v.mapping.hrv !== null, {
    path: ["mapping", "restingHr"],
    message: "Choose the resting heart rate column, the HRV column, or both",
  });
export type ImportReadingsInput = z.output<typeof importReadingsInput>;

export { SOURCE_FILTERS, type SourceFilter };

/** The training log's page input with its optional source filter. */
export const sessionListInput = z.object({
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).default(20),
  source: z.enum(SOURCE_FILTERS, "Choose manual, file or archive").optional(),
});
