"use client";
import { Controller, useWatch } from "react-hook-form";
import { VISIBILITY_LABELS } from "@/app/_lib/labels/checkin";
import { NOTE_MAX } from "@/contract/limits";
import { ChoiceGroup } from "./choice-group";
import type { CheckinFormApi, ErrorAt, FormData } from "./form-values";

/** The honest note and who sees the check-in: only me, my coaches, or the clubs picked. */
export function ShareFields({ form, err, clubs }: { form: CheckinFormApi; err: ErrorAt; clubs: FormData["clubs"] }) {
  const visibility = useWatch({ control: form.control, name: "visibility" });
  return (
    <div className="card space-y-4">
      <div>
        <label htmlFor="note" className="label">Honest update <span className="font-normal text-stone-500">(optional)</span></label>
        <textarea id="note" className="input min-h-24" placeholder="How is training really going?" aria-invalid={err("note") ? true : undefined}
          aria-describedby="note-hint" {...form.register("note")} />
        <p id="note-hint" className="mt-1 text-sm text-stone-600">Up to {NOTE_MAX} characters. Slumps included.</p>
        {err("note") ? <p role="alert" className="field-error">{err("note")}</p> : null}
      </div>
      <Controller control={form.control} name="visibility" render={({ field }) => (
        <ChoiceGroup name="visibility" legend="Who sees this?" value={field.value} onChange={field.onChange}
          options={[
            { value: "private", label: VISIBILITY_LABELS.private },
            { value: "coaches", label: VISIBILITY_LABELS.coaches },
            ...(clubs.length ? [{ value: "clubs" as const, label: VISIBILITY_LABELS.clubs }] : []),
          ]} />
      )} />
      {visibility === "clubs" ? (
        <Controller control={form.control} name="clubIds" render={({ field }) => (
          <fieldset>
            <legend className="label">Share with</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {clubs.map((c) => (
                <label key={c.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl border border-stone-300 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input type="checkbox" className="size-5 accent-brand-700" checked={(field.value ?? []).includes(c.id)}
                    onChange={(e) => field.onChange(e.target.checked ? [...(field.value ?? []), c.id] : (field.value ?? []).filter((id) => id !== c.id))} />
                  {c.name}
                </label>
              ))}
            </div>
            {err("clubIds") ? <p role="alert" className="field-error">{err("clubIds")}</p> : null}
          </fieldset>
        )} />
      ) : null}
      {clubs.length === 0 ? <p className="text-sm text-stone-600">Join a club to share check-ins with it.</p> : null}
    </div>
  );
}
