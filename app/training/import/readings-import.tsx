"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReadingsMapping } from "@/contract/imports";
import { MAX_READINGS_CSV_CHARS } from "@/contract/limits";
import { useTRPC, type RouterOutputs } from "../../_trpc/client";
import { fieldErrorsOf, messageOf } from "../../_trpc/errors";
import { useSubmitOnce } from "../../_trpc/use-submit-once";

type Preview = RouterOutputs["imports"]["previewReadings"];
const NONE = "";

/** A CSV of daily resting heart rate (and HRV): read, show the columns we found, let the runner fix them, import. */
export function ReadingsImport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [mapping, setMapping] = useState<ReadingsMapping | null>(null);
  const [error, setError] = useState<string | null>(null);
  const preview = useMutation(
    trpc.imports.previewReadings.mutationOptions({
      onSuccess: (p: Preview) => setMapping({ ...p.detected, date: p.detected.date ?? p.columns[0] ?? "", dayOrder: p.dayOrder }),
      onError: (e) => setError(fieldErrorsOf(e).content?.[0] ?? messageOf(e)),
    }),
  );
  const save = useMutation(
    trpc.imports.importReadings.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.imports.pathKey() }),
      onError: (e) => {
        const f = fieldErrorsOf(e);
        setError(f["mapping.date"]?.[0] ?? f["mapping.restingHr"]?.[0] ?? f["mapping.hrv"]?.[0] ?? f.content?.[0] ?? messageOf(e));
      },
    }),
  );
  const once = useSubmitOnce();

  async function choose(picked: File | undefined) {
    setError(null);
    setMapping(null);
    preview.reset();
    save.reset();
    if (!picked) return setFile(null);
    if (picked.size > MAX_READINGS_CSV_CHARS) return setError("That file is over 2 MB. Export a shorter period and try again.");
    const content = await picked.text();
    setFile({ name: picked.name, content });
    preview.mutate({ content });
  }

  const p = preview.data;
  const pick = (key: "date" | "restingHr" | "hrv", label: string, optional: boolean) => (
    <div>
      <label htmlFor={`map-${key}`} className="label">{label}</label>
      <select
        id={`map-${key}`}
        className="input"
        value={mapping?.[key] ?? NONE}
        onChange={(e) => setMapping((m) => (m ? { ...m, [key]: e.target.value === NONE ? null : e.target.value } : m))}
      >
        {optional ? <option value={NONE}>Not in this file</option> : null}
        {p?.columns.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    </div>
  );

  return (
    <form
      noValidate
      aria-label="Import resting heart rate from a CSV"
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file || !mapping) return setError("Choose a CSV file first.");
        void once.run((idempotencyKey) => save.mutateAsync({ fileName: file.name, content: file.content, mapping, idempotencyKey }));
      }}
    >
      <div>
        <label htmlFor="readings-file" className="label">Daily CSV from your watch or app (up to 2 MB)</label>
        <input id="readings-file" type="file" accept=".csv,text/csv" className="input" onChange={(e) => void choose(e.target.files?.[0])} />
        <p className="mt-1 text-sm text-stone-600">One row per day with a date and resting heart rate; HRV (rMSSD) if you have it. Garmin, Oura, Whoop and Apple Health exports work.</p>
      </div>
      {preview.isPending ? <p role="status" className="text-sm text-stone-700">Reading the file…</p> : null}
      {p && mapping ? (
        <fieldset className="space-y-3 rounded-xl border border-stone-200 p-3">
          <legend className="px-1 text-sm font-semibold">Check the columns ({p.rowCount} rows)</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {pick("date", "Date", false)}
            <div>
              <label htmlFor="map-order" className="label">Dates like 03/04/2026 mean</label>
              <select id="map-order" className="input" value={mapping.dayOrder} onChange={(e) => setMapping({ ...mapping, dayOrder: e.target.value as ReadingsMapping["dayOrder"] })}>
                <option value="dmy">3 April (day first)</option>
                <option value="mdy">March 4 (month first)</option>
              </select>
            </div>
            {pick("restingHr", "Resting heart rate (bpm)", true)}
            {pick("hrv", "HRV, rMSSD (ms)", true)}
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-xs">
              <caption className="mb-1 text-left text-stone-600">The first rows of your file</caption>
              <thead><tr>{p.columns.map((c) => <th key={c} scope="col" className="pr-3 font-semibold">{c}</th>)}</tr></thead>
              <tbody>{p.sample.map((row, i) => <tr key={i}>{row.map((v, j) => <td key={j} className="pr-3">{v}</td>)}</tr>)}</tbody>
            </table>
          </div>
        </fieldset>
      ) : null}
      {error ? <p role="alert" className="field-error">{error}</p> : null}
      {save.data ? (
        <p role="status" className="rounded-xl bg-brand-50 p-3 text-sm text-stone-800">
          {save.data.days} days of readings saved for your baseline
          {save.data.checkinsFilled > 0 ? `; resting heart rate added to ${save.data.checkinsFilled} of your check-ins` : ""}
          {save.data.problems > 0 ? `; ${save.data.problems} rows couldn't be read (listed under your imports)` : ""}. No check-ins were created.
        </p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={!mapping || once.pending}>
        {once.pending ? "Importing…" : "Import readings"}
      </button>
    </form>
  );
}
