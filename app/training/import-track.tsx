"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { MAX_TRACK_FILE_BYTES } from "@/contract/limits";
import { SESSION_TYPE_LABELS } from "@/app/_lib/labels/training";
import { SESSION_TYPES, type SessionType } from "@/contract/values";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";
import { formatDayWithYear, formatDistance, formatMinutes } from "@/app/_lib/format";
import { RpeOptions } from "./rpe-select";

const TRACK_FILE = /\.(gpx|tcx|fit)$/i;

/**
 * The file as the server takes it: GPX and TCX as text, FIT (binary) as base64. A data URL is the browser's own
 * base64 encoder, and it reads with progress like the text does.
 */
function readForUpload(file: File, onProgress: (pct: number) => void): Promise<{ content: string; encoding: "text" | "base64" }> {
  const binary = /\.fit$/i.test(file.name);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    reader.onload = () => {
      const result = String(reader.result ?? "");
      resolve(binary ? { content: result.slice(result.indexOf(",") + 1), encoding: "base64" } : { content: result, encoding: "text" });
    };
    reader.onerror = () => reject(new Error("We couldn't read that file from your device."));
    if (binary) reader.readAsDataURL(file);
    else reader.readAsText(file);
  });
}

export function ImportTrack() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  // Empty: the file's sport decides (a run is easy, or long past 90 minutes; a ride is cross-training).
  const [type, setType] = useState<SessionType | "">("");
  const [rpe, setRpe] = useState<string>("");
  const [readPct, setReadPct] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // Bumped after an import to give a fresh, empty picker, so picking the same file again fires a change.
  const [pickerKey, setPickerKey] = useState(0);
  const upload = useMutation(
    trpc.training.importTrack.mutationOptions({
      onSuccess: async () => {
        setFile(null);
        setPickerKey((k) => k + 1);
        await queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        setFileError(fields.file?.[0] ?? fields.content?.[0] ?? fields.fileName?.[0] ?? messageOf(error));
      },
    }),
  );
  const once = useSubmitOnce();
  const busy = readPct !== null || once.pending;

  // Reading the file and uploading it are one submission: a second click meanwhile does nothing.
  async function importFile(idempotencyKey: string) {
    setFileError(null);
    upload.reset();
    if (!file) return setFileError("Choose a .gpx, .tcx or .fit file first.");
    if (file.size > MAX_TRACK_FILE_BYTES) return setFileError("That file is over 5 MB. Export a single activity and try again.");
    if (!TRACK_FILE.test(file.name)) return setFileError("That isn't a GPX, TCX or FIT file. Choose a .gpx, .tcx or .fit export.");
    let read: { content: string; encoding: "text" | "base64" };
    try {
      setReadPct(0);
      read = await readForUpload(file, setReadPct);
    } catch (err) {
      return setFileError((err as Error).message);
    } finally {
      setReadPct(null);
    }
    // A failed upload shows through onError; run() keeps the key for a retry.
    await upload.mutateAsync({ fileName: file.name, ...read, type: type === "" ? undefined : type, rpe: rpe === "" ? null : Number(rpe), idempotencyKey });
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    void once.run(importFile);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Import a GPX, TCX or FIT file" className="space-y-4">
      <div>
        <label htmlFor="track-file" className="label">GPX, TCX or FIT file (up to 5 MB)</label>
        <input
          id="track-file"
          key={pickerKey}
          type="file"
          accept=".gpx,.tcx,.fit,application/gpx+xml,application/vnd.garmin.tcx+xml,application/vnd.ant.fit"
          className="block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-semibold file:text-brand-800"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "track-file-error" : "track-file-hint"}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFileError(null);
            upload.reset();
          }}
        />
        {fileError ? (
          <p id="track-file-error" role="alert" className="field-error">{fileError}</p>
        ) : (
          <p id="track-file-hint" className="mt-1 text-sm text-stone-600">We read the date, distance, moving time, heart rate, climb and splits from the file. You can edit the session afterwards.</p>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="track-type" className="label">Type</label>
          <select id="track-type" className="input" value={type} onChange={(e) => setType(e.target.value as SessionType | "")}>
            <option value="">As the file says</option>
            {SESSION_TYPES.map((t) => (
              <option key={t} value={t}>{SESSION_TYPE_LABELS[t]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="track-rpe" className="label">Effort (RPE 0–10)</label>
          <select id="track-rpe" className="input" value={rpe} onChange={(e) => setRpe(e.target.value)}>
            <RpeOptions />
          </select>
        </div>
      </div>
      {busy ? (
        <div role="status" aria-live="polite" className="space-y-1">
          <progress className="h-2 w-full accent-brand-700" max={100} value={readPct ?? undefined} aria-label="Import progress" />
          <p className="text-sm text-stone-700">{readPct !== null ? `Reading the file… ${readPct}%` : "Uploading and reading the track…"}</p>
        </div>
      ) : null}
      {upload.isSuccess ? (
        <p role="status" className="rounded-xl bg-brand-50 p-3 text-sm text-brand-900">
          Imported {formatDistance(upload.data.distanceM, upload.data.unit)} in {formatMinutes(upload.data.durationMin)} on {formatDayWithYear(upload.data.date)}.{" "}
          <Link href={`/training/${upload.data.id}`} className="font-semibold underline underline-offset-2">See the run</Link>
        </p>
      ) : null}
      <button type="submit" className="btn-secondary" disabled={busy}>
        {busy ? "Importing…" : "Import file"}
      </button>
    </form>
  );
}
