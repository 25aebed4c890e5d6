import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { AppError } from "@/server/errors";
import {
  LIMIT_MESSAGES, MAX_ACTIVITY_BYTES, MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES, MAX_COMPRESSION_RATIO, RATIO_FREE_BYTES,
} from "./archive-limits";

/** A file of the archive that could not be read; the import records the reason and goes on with the others. */
export class EntryError extends Error {}

export type Spooled = { path: string; sizeBytes: number; remove: () => Promise<void> };

/**
 * Writes an upload to a temp file as it arrives, so the archive is never held in memory; stops (and removes the
 * file) as soon as it passes the size limit, whatever the request claimed its size was.
 */
export async function spoolUpload(body: AsyncIterable<Uint8Array>, maxBytes = MAX_ARCHIVE_BYTES): Promise<Spooled> {
  const file = path.join(tmpdir(), `run-forward-import-${randomUUID()}.zip`);
  const remove = () => rm(file, { force: true });
  let sizeBytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      sizeBytes += chunk.length;
      done(sizeBytes > maxBytes ? AppError.field("file", LIMIT_MESSAGES.archiveSize) : null, chunk);
    },
  });
  try {
    await pipeline(Readable.from(body), counter, createWriteStream(file));
  } catch (err) {
    await remove();
    if (err instanceof AppError) throw err;
    throw AppError.field("file", "The upload was cut off before it finished. Please try again.");
  }
  return { path: file, sizeBytes, remove };
}

export type Archive = { entries: Entry[]; readEntry: (entry: Entry) => Promise<Uint8Array>; close: () => void };

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => (err || !zip ? reject(err) : resolve(zip)));
  });
}

/** yauzl refuses absolute and ".." names itself; its message names the entry. */
function traversalName(err: unknown): string | null {
  const m = err instanceof Error ? /^(?:absolute path|invalid relative path): (.*)$/s.exec(err.message) : null;
  return m ? m[1]! : null;
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on("entry", (entry: Entry) => {
      entries.push(entry);
      if (entries.length > MAX_ARCHIVE_ENTRIES) return reject(AppError.field("file", LIMIT_MESSAGES.entryCount));
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", (err: unknown) => {
      const name = traversalName(err);
      reject(AppError.field("file", name === null ? LIMIT_MESSAGES.notZip : LIMIT_MESSAGES.traversal(name)));
    });
    zip.readEntry();
  });
}

function openEntryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err) : resolve(stream)));
  });
}

/**
 * Unpacks one entry (and its gzip layer, for .gz) into memory, counting bytes as they come out: it stops at the
 * per-activity size and at the compression ratio, measured on the real output rather than trusted from headers.
 */
async function readEntryBytes(zip: ZipFile, entry: Entry): Promise<Uint8Array> {
  const ratioCap = Math.max(RATIO_FREE_BYTES, entry.compressedSize * MAX_COMPRESSION_RATIO);
  const chunks: Buffer[] = [];
  let total = 0;
  const sink = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > ratioCap) throw new EntryError(LIMIT_MESSAGES.ratio);
      if (total > MAX_ACTIVITY_BYTES) throw new EntryError(LIMIT_MESSAGES.activitySize);
      chunks.push(chunk);
    }
  };
  try {
    const raw = await openEntryStream(zip, entry);
    await (/\.gz$/i.test(entry.fileName) ? pipeline(raw, createGunzip(), sink) : pipeline(raw, sink));
  } catch (err) {
    if (err instanceof EntryError) throw err;
    throw new EntryError("It is damaged: it could not be unpacked.");
  }
  return Buffer.concat(chunks, total);
}

/** Opens a spooled zip and lists its entries, refusing the whole archive on a bad name or too many files. */
export async function openArchive(file: string): Promise<Archive> {
  let zip: ZipFile;
  try {
    zip = await openZip(file);
  } catch {
    throw AppError.field("file", LIMIT_MESSAGES.notZip);
  }
  try {
    if (zip.entryCount > MAX_ARCHIVE_ENTRIES) throw AppError.field("file", LIMIT_MESSAGES.entryCount);
    const entries = await listEntries(zip);
    return { entries, readEntry: (entry) => readEntryBytes(zip, entry), close: () => zip.close() };
  } catch (err) {
    zip.close();
    throw err;
  }
}
