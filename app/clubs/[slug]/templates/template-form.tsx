"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DAY_KINDS, PHASES } from "@/contract/values";
import { MAX_BLOCK_DAYS } from "@/contract/limits";
import { useTRPC } from "../../../_trpc/client";
import { fieldErrorsOf, messageOf } from "../../../_trpc/errors";
import { useSubmitOnce } from "../../../_trpc/use-submit-once";
import { DAY_KIND_LABELS } from "@/app/_lib/labels/blocks";
import { PHASE_LABELS } from "@/app/_lib/labels/phases";

type Kind = (typeof DAY_KINDS)[number];
type Phase = (typeof PHASES)[number];
type DayRow = { kind: Kind; minutes: string; km: string; percent: string; notes: string };
export type TemplateFormValues = {
  name: string;
  description: string;
  phase: Phase;
  days: { kind: Kind; minutes: number | null; distanceM: number | null; volumePercent: number | null; notes: string }[];
};

const num = (s: string) => (s.trim() === "" ? null : Number(s));
const blankDay: DayRow = { kind: "rest", minutes: "", km: "", percent: "", notes: "" };

/** Create or edit a club template: name, description, phase and its days. Errors come back per field from the server. */
export function TemplateForm({ clubId, slug, templateId, initial }: { clubId: string; slug: string; templateId?: string; initial?: TemplateFormValues }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [phase, setPhase] = useState<Phase>(initial?.phase ?? "reset");
  const [days, setDays] = useState<DayRow[]>(
    initial?.days.map((d) => ({
      kind: d.kind,
      minutes: d.minutes?.toString() ?? "",
      km: d.distanceM != null ? String(d.distanceM / 1000) : "",
      percent: d.volumePercent?.toString() ?? "",
      notes: d.notes,
    })) ?? [{ ...blankDay }],
  );
  const done = { onSuccess: () => { router.push(`/clubs/${slug}/templates`); router.refresh(); } };
  const create = useMutation(trpc.templates.create.mutationOptions(done));
  const update = useMutation(trpc.templates.update.mutationOptions(done));
  const once = useSubmitOnce();
  // Saving leads back to the list, so the button stays disabled after a success too.
  const pending = once.pending || create.isSuccess || update.isSuccess;
  const error = create.error ?? update.error;
  const errors = error ? fieldErrorsOf(error) : {};
  const err = (key: string) => errors[key]?.[0];
  const setDay = (i: number, patch: Partial<DayRow>) => setDays(days.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const values = {
      clubId,
      name,
      description,
      phase,
      days: days.map((d) => {
        const km = num(d.km);
        return { kind: d.kind, minutes: num(d.minutes), distanceM: km == null ? null : Math.round(km * 1000), volumePercent: num(d.percent), notes: d.notes };
      }),
    };
    void once.run((idempotencyKey) => (templateId ? update.mutateAsync({ ...values, templateId }) : create.mutateAsync({ ...values, idempotencyKey })));
  };

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <div className="card space-y-4">
        <div>
          <label htmlFor="tpl-name" className="label">Name</label>
          <input id="tpl-name" className="input" maxLength={80} value={name} aria-invalid={err("name") ? true : undefined} onChange={(e) => setName(e.target.value)} />
          {err("name") ? <p role="alert" className="field-error">{err("name")}</p> : null}
        </div>
        <div>
          <label htmlFor="tpl-desc" className="label">Description</label>
          <textarea id="tpl-desc" className="input" rows={3} maxLength={600} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <fieldset>
          <legend className="label">Phase</legend>
          <div className="flex gap-2">
            {PHASES.map((p) => (
              <label key={p} className="flex min-h-11 flex-1 cursor-pointer items-center justify-center gap-2 rounded-xl border border-stone-300 px-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" name="phase" value={p} checked={phase === p} onChange={() => setPhase(p)} className="accent-brand-700" />
                {PHASE_LABELS[p]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Days</legend>
        {err("days") ? <p role="alert" className="field-error">{err("days")}</p> : null}
        {days.map((d, i) => (
          <div key={i} className="card grid gap-3 p-4 sm:grid-cols-4">
            <div className="sm:col-span-4 flex items-center justify-between">
              <p className="font-medium">Day {i + 1}</p>
              <button type="button" className="text-sm font-medium text-red-700 underline" disabled={days.length === 1} onClick={() => setDays(days.filter((_, j) => j !== i))}>
                Remove day {i + 1}
              </button>
            </div>
            <div>
              <label htmlFor={`day-${i}-kind`} className="label">Kind</label>
              <select id={`day-${i}-kind`} className="input" value={d.kind} onChange={(e) => setDay(i, { kind: e.target.value as Kind })}>
                {DAY_KINDS.map((k) => <option key={k} value={k}>{DAY_KIND_LABELS[k]}</option>)}
              </select>
            </div>
            {(
              [
                ["minutes", "Minutes", "minutes"],
                ["km", "Distance (km)", "distanceM"],
                ["percent", "% of usual volume", "volumePercent"],
              ] as const
            ).map(([field, label, key]) => (
              <div key={field}>
                <label htmlFor={`day-${i}-${field}`} className="label">{label}</label>
                <input
                  id={`day-${i}-${field}`}
                  type="number"
                  step={field === "km" ? "0.1" : "1"}
                  className="input"
                  value={d[field]}
                  aria-invalid={err(`days.${i}.${key}`) ? true : undefined}
                  onChange={(e) => setDay(i, { [field]: e.target.value })}
                />
                {err(`days.${i}.${key}`) ? <p role="alert" className="field-error">{err(`days.${i}.${key}`)}</p> : null}
              </div>
            ))}
            <div className="sm:col-span-4">
              <label htmlFor={`day-${i}-notes`} className="label">Notes (sleep, water, a guilt-free rest day…)</label>
              <input id={`day-${i}-notes`} className="input" maxLength={300} value={d.notes} onChange={(e) => setDay(i, { notes: e.target.value })} />
            </div>
          </div>
        ))}
        <button type="button" className="btn-secondary" disabled={days.length >= MAX_BLOCK_DAYS} onClick={() => setDays([...days, { ...blankDay }])}>
          Add a day
        </button>
      </fieldset>
      {error && Object.keys(errors).length === 0 ? <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{messageOf(error)}</p> : null}
      {error && Object.keys(errors).length > 0 ? <p role="alert" className="field-error">Please fix the fields marked above.</p> : null}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Save template"}
      </button>
    </form>
  );
}
