"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { useTRPC, type RouterOutputs } from "@/app/_trpc/client";
import { fieldErrorsOf, messageOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { checkinInput, NOTE_MAX } from "@/contract/checkins";
import { EASY_HEART_RATE_LABELS, LEGS_FEEL_LABELS, SESSION_TYPE_LABELS, VISIBILITY_LABELS, WARMUP_FEEL_LABELS } from "@/app/_lib/labels";
import { EASY_HEART_RATES, LEGS_FEELS, SESSION_TYPES, WARMUP_FEELS } from "@/contract/values";
import { ChoiceGroup } from "./choice-group";
import { SCALES, type ScaleKey } from "./scales";
import { VerdictResult, type VerdictResultData } from "./verdict-result";

type In = z.input<typeof checkinInput>;
type Out = z.output<typeof checkinInput>;
type FormData = RouterOutputs["checkins"]["form"];

function defaultsOf(data: FormData): In {
  const e = data.existing;
  return {
    date: data.date,
    mood: e?.mood ?? 4, energy: e?.energy ?? 4, sleepQuality: e?.sleepQuality ?? 4,
    soreness: e?.soreness ?? 3, stress: e?.stress ?? 3, motivation: e?.motivation ?? 4,
    legs: e?.legs ?? "normal", easyEffortHarder: e?.easyEffortHarder ?? false, easyHeartRate: e?.easyHeartRate ?? "normal",
    restingHr: e?.restingHr ?? null, warmupFeel: e?.warmupFeel ?? null,
    session: e?.session ? { type: e.session.type, durationMin: e.session.durationMin, distance: e.session.distance, rpe: e.session.rpe } : null,
    note: e?.note ?? "", visibility: data.defaults.visibility, clubIds: data.defaults.clubIds,
  };
}

const optionalNumber = (v: unknown) => (v === "" || v == null || Number.isNaN(v) ? null : Number(v));

export function CheckinForm({ data }: { data: FormData }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(checkinInput), defaultValues: defaultsOf(data) });
  const { errors } = form.formState;
  const [result, setResult] = useState<VerdictResultData | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const session = useWatch({ control: form.control, name: "session" });
  const visibility = useWatch({ control: form.control, name: "visibility" });
  const save = useMutation(
    trpc.checkins.save.mutationOptions({
      onSuccess: (saved) => {
        setResult(saved);
        router.refresh();
      },
      onError: (error) => {
        for (const [field, messages] of Object.entries(fieldErrorsOf(error))) form.setError(field as keyof In, { message: messages[0] });
      },
    }),
  );
  // checkins.save is an upsert for the day, so no idempotency key; the guard still stops a second send.
  const once = useSubmitOnce();
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const err = (path: string) => {
    const parts = path.split(".");
    let e: unknown = errors;
    for (const p of parts) e = (e as Record<string, unknown> | undefined)?.[p];
    return (e as { message?: string } | undefined)?.message;
  };

  if (result) {
    return (
      <div className="space-y-4">
        <VerdictResult result={result} headingRef={resultHeading} />
        <button type="button" className="btn-secondary" onClick={() => setResult(null)}>
          Edit this check-in
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={form.handleSubmit((values) => once.run(() => save.mutateAsync(values)))} className="space-y-5" noValidate>
      <div className="card space-y-5">
        <h2 className="text-lg font-semibold">How are you, honestly?</h2>
        {(Object.keys(SCALES) as ScaleKey[]).map((key) => (
          <Controller
            key={key}
            control={form.control}
            name={key}
            render={({ field }) => (
              <ChoiceGroup
                name={key}
                legend={SCALES[key].label}
                columns="grid-cols-4 sm:grid-cols-7"
                options={SCALES[key].words.map((label, i) => ({ value: i + 1, label }))}
                value={field.value}
                onChange={field.onChange}
                error={err(key)}
              />
            )}
          />
        ))}
      </div>

      <div className="card space-y-5">
        <h2 className="text-lg font-semibold">How does your body respond?</h2>
        <Controller control={form.control} name="legs" render={({ field }) => (
          <ChoiceGroup name="legs" legend="Legs" value={field.value} onChange={field.onChange} error={err("legs")}
            options={LEGS_FEELS.map((value) => ({ value, label: LEGS_FEEL_LABELS[value] }))} />
        )} />
        <Controller control={form.control} name="easyEffortHarder" render={({ field }) => (
          <ChoiceGroup name="easyEffortHarder" legend="Easy effort felt harder than it should" value={field.value} onChange={field.onChange}
            columns="grid-cols-2" options={[{ value: false, label: "No" }, { value: true, label: "Yes" }]} />
        )} />
        <Controller control={form.control} name="easyHeartRate" render={({ field }) => (
          <ChoiceGroup name="easyHeartRate" legend="Heart rate at easy effort, against usual" value={field.value} onChange={field.onChange}
            options={EASY_HEART_RATES.map((value) => ({ value, label: EASY_HEART_RATE_LABELS[value] }))} />
        )} />
        <div>
          <label htmlFor="restingHr" className="label">
            Resting heart rate <span className="font-normal text-stone-500">(optional, bpm)</span>
          </label>
          <input id="restingHr" type="number" inputMode="numeric" className="input max-w-40" aria-invalid={err("restingHr") ? true : undefined}
            {...form.register("restingHr", { setValueAs: optionalNumber })} />
          {err("restingHr") ? <p role="alert" className="field-error">{err("restingHr")}</p> : null}
        </div>
      </div>

      <div className="card space-y-4">
        <label className="flex min-h-11 cursor-pointer items-center gap-3 font-semibold">
          <input
            type="checkbox"
            className="size-5 accent-brand-700"
            checked={Boolean(session)}
            onChange={(e) => {
              form.setValue("session", e.target.checked ? { type: "easy", durationMin: 30, distance: null, rpe: null } : null);
              if (!e.target.checked) form.setValue("warmupFeel", null);
            }}
          />
          Add today&apos;s session
        </label>
        {session ? (
          <div className="space-y-4">
            <div>
              <label htmlFor="session.type" className="label">Type</label>
              <select id="session.type" className="input" {...form.register("session.type")}>
                {SESSION_TYPES.map((t) => (
                  <option key={t} value={t}>{SESSION_TYPE_LABELS[t]}</option>
                ))}
              </select>
            </div>
            <div className="grid grid-cols-2 gap-3">
              <div>
                <label htmlFor="session.durationMin" className="label">Minutes</label>
                <input id="session.durationMin" type="number" inputMode="numeric" className="input" aria-invalid={err("session.durationMin") ? true : undefined}
                  {...form.register("session.durationMin", { setValueAs: optionalNumber })} />
                {err("session.durationMin") ? <p role="alert" className="field-error">{err("session.durationMin")}</p> : null}
              </div>
              <div>
                <label htmlFor="session.distance" className="label">Distance ({data.distanceUnit}, optional)</label>
                <input id="session.distance" type="number" inputMode="decimal" step="0.01" className="input" aria-invalid={err("session.distance") ? true : undefined}
                  {...form.register("session.distance", { setValueAs: optionalNumber })} />
                {err("session.distance") ? <p role="alert" className="field-error">{err("session.distance")}</p> : null}
              </div>
            </div>
            <Controller control={form.control} name="session.rpe" render={({ field }) => (
              <ChoiceGroup name="session.rpe" legend="Effort (0 = rest, 10 = all out)" value={field.value ?? null} onChange={field.onChange}
                columns="grid-cols-6 sm:grid-cols-11" error={err("session.rpe")}
                options={Array.from({ length: 11 }, (_, i) => ({ value: i, label: String(i) }))} />
            )} />
            <Controller control={form.control} name="warmupFeel" render={({ field }) => (
              <ChoiceGroup name="warmupFeel" legend="How did the first 10–15 minutes feel?" value={field.value ?? null} onChange={field.onChange}
                options={WARMUP_FEELS.map((value) => ({ value, label: WARMUP_FEEL_LABELS[value] }))} />
            )} />
          </div>
        ) : null}
      </div>

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
              ...(data.clubs.length ? [{ value: "clubs" as const, label: VISIBILITY_LABELS.clubs }] : []),
            ]} />
        )} />
        {visibility === "clubs" ? (
          <Controller control={form.control} name="clubIds" render={({ field }) => (
            <fieldset>
              <legend className="label">Share with</legend>
              <div className="space-y-2">
                {data.clubs.map((c) => (
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
        {data.clubs.length === 0 ? <p className="text-sm text-stone-600">Join a club to share check-ins with it.</p> : null}
      </div>

      {err("date") ? <p role="alert" className="field-error">{err("date")}</p> : null}
      {save.isError && Object.keys(fieldErrorsOf(save.error)).length === 0 ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{messageOf(save.error)}</p>
      ) : null}
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={once.pending}>
        {once.pending ? "Saving…" : data.existing ? "Update check-in" : "Save check-in"}
      </button>
    </form>
  );
}
