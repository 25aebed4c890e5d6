"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { MAX_ARCHIVE_BYTES } from "@/contract/limits";
import { useTRPC } from "../../_trpc/client";
import { fieldErrorsOf, messageOf } from "../../_trpc/errors";
import { useSubmitOnce } from "../../_trpc/use-submit-once";
import { ImportProgress } from "./import-progress";

type Refusal = { message?: string; fieldErrors?: Record<string, string[]> | null };

/** The route's answer to a refused upload, as one message for the file field. */
function refusalIn(text: string): string {
  let body: Refusal | null = null;
  try {
    body = JSON.parse(text) as Refusal;
  } catch {
    // not JSON: the generic message below
  }
  return body?.fieldErrors?.file?.[0] ?? body?.message ?? "The upload didn't go through. Please try again.";
}

/**
 * Sends the zip as the request body, so neither the browser nor the server holds it as one string. XHR rather than
 * fetch, because only XHR reports how much of the upload has gone.
 */
function sendArchive(batchId: string, file: File, onSent: (share: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/imports/archive?batch=${encodeURIComponent(batchId)}`);
    xhr.setRequestHeader("content-type", "application/zip");
    xhr.upload.onprogress = (e) => e.lengthComputable && onSent(e.loaded / e.total);
    xhr.onerror = () => reject(new Error("The upload didn't go through. Check your connection and try again."));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      reject(new Error(refusalIn(xhr.responseText)));
    };
    xhr.send(file);
  });
}

export function ArchiveImport() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [sent, setSent] = useState(0);
  const start = useMutation(trpc.imports.startArchive.mutationOptions());
  const once = useSubmitOnce();
  // Polled while the upload streams in; the counters move as each file is saved.
  const progress = useQuery({
    ...trpc.imports.progress.queryOptions({ id: batchId ?? "" }),
    enabled: batchId !== null,
    refetchInterval: (q) => (q.state.data?.status === "running" || !q.state.data ? 1000 : false),
  });

  async function importArchive(idempotencyKey: string) {
    setError(null);
    if (!file) return setError("Choose the .zip file of your export first.");
    if (!/\.zip$/i.test(file.name)) return setError("Choose the .zip file your export came in, unchanged.");
    if (file.size > MAX_ARCHIVE_BYTES) return setError("That archive is over 1 GB. Export a shorter period, or split it, and try again.");
    let id: string;
    try {
      ({ id } = await start.mutateAsync({ fileName: file.name, sizeBytes: file.size, idempotencyKey }));
    } catch (err) {
      const fields = fieldErrorsOf(err);
      setError(fields.fileName?.[0] ?? fields.sizeBytes?.[0] ?? messageOf(err));
      throw err;
    }
    setBatchId(id);
    setSent(0);
    try {
      await sendArchive(id, file, setSent);
    } catch (err) {
      setError((err as Error).message);
      return;
    } finally {
      await queryClient.invalidateQueries({ queryKey: trpc.imports.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
    }
    router.push(`/training/import/${id}`);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void once.run(importArchive);
      }}
      noValidate
      aria-label="Import a whole export archive"
      className="space-y-4"
    >
      <div>
        <label htmlFor="archive-file" className="label">Your Strava or Garmin export (.zip, up to 1 GB)</label>
        <input
          id="archive-file"
          type="file"
          accept=".zip,application/zip"
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "archive-error" : "archive-hint"}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setError(null);
          }}
        />
        <p id="archive-hint" className="mt-1 text-sm text-stone-600">
          Strava: Settings → My Account → Download or delete your account → Request your archive. Garmin: Account → Data
          Management → Export your data. Upload the zip as it came.
        </p>
        {error ? <p id="archive-error" role="alert" className="field-error">{error}</p> : null}
      </div>
      {batchId && once.pending ? <ImportProgress progress={progress.data} sent={sent} /> : null}
      <button type="submit" className="btn-primary" disabled={once.pending}>
        {once.pending ? "Importing…" : "Import archive"}
      </button>
    </form>
  );
}
