"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { localToday } from "@/app/_lib/format";
import { SESSION_TYPE_LABELS } from "@/app/_lib/labels/training";
import { SESSION_TYPES, type DistanceUnit } from "@/contract/values";
import type { SessionInput } from "@/contract/training";
import { lazyResolver, loadZodResolver } from "@/app/_lib/lazy-resolver";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";
import { FieldMessage } from "./field-message";
import { blankToNull } from "./number-field";
import { RpeOptions } from "./rpe-select";

const resolver = lazyResolver(async () => (await loadZodResolver())((await import("@/contract/training")).sessionInput));

type Props = {
  unit: DistanceUnit;
  /** Editing an existing session when given. */
  session?: SessionInput & { id: string; fromCheckin: boolean };
};

export function SessionForm({ unit, session }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const defaults: SessionInput = session
    ? { date: session.date, type: session.type, durationMin: session.durationMin, distance: session.distance, rpe: session.rpe, notes: session.notes }
    : { date: localToday(), type: "easy", durationMin: 30, distance: null, rpe: null, notes: "" };
  const form = useForm<SessionInput>({ resolver, defaultValues: defaults });
  const { errors } = form.formState;

  const onError = (error: unknown) => {
    for (const [field, messages] of Object.entries(fieldErrorsOf(error))) {
      form.setError(field as keyof SessionInput, { message: messages[0] });
    }
  };
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
  };
  const log = useMutation(
    trpc.training.log.mutationOptions({
      onSuccess: async () => {
        form.reset({ ...defaults, date: form.getValues("date"), type: form.getValues("type") });
        setSaved(true);
        await done();
      },
      onError,
    }),
  );
  const update = useMutation(
    trpc.training.update.mutationOptions({
      onSuccess: async () => {
        await done();
        router.push("/training");
        router.refresh();
      },
      onError,
    }),
  );
  const mutation = session ? update : log;
  const once = useSubmitOnce();
  const formError = mutation.isError && Object.keys(fieldErrorsOf(mutation.error)).length === 0 ? messageOf(mutation.error) : null;
  const idp = session ? "edit" : "log";

  return (
    <form
      noValidate
      aria-label={session ? "Edit session" : "Log a session"}
      className="space-y-4"
      onChange={() => setSaved(false)}
      onSubmit={form.handleSubmit((values) =>
        once.run((idempotencyKey) => (session ? update.mutateAsync({ ...values, id: session.id }) : log.mutateAsync({ ...values, idempotencyKey }))),
      )}
    >
      {session?.fromCheckin ? (
        <p className="rounded-xl bg-brand-50 p-3 text-sm text-brand-900">This session was logged with your check-in for this day. Changes here show on the check-in too; its date stays the check-in&apos;s day.</p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${idp}-date`} className="label">Date</label>
          <input id={`${idp}-date`} type="date" className="input" max={localToday()} readOnly={session?.fromCheckin} aria-invalid={errors.date ? true : undefined} aria-describedby={`${idp}-date-error`} {...form.register("date")} />
          <FieldMessage id={`${idp}-date-error`} message={errors.date?.message} />
        </div>
        <div>
          <label htmlFor={`${idp}-type`} className="label">Type</label>
          <select id={`${idp}-type`} className="input" {...form.register("type")}>
            {SESSION_TYPES.map((t) => (
              <option key={t} value={t}>{SESSION_TYPE_LABELS[t]}</option>
            ))}
          </select>
          <FieldMessage id={`${idp}-type-error`} message={errors.type?.message} />
        </div>
        <div>
          <label htmlFor={`${idp}-duration`} className="label">Duration (minutes)</label>
          <input id={`${idp}-duration`} type="number" inputMode="numeric" min={1} step={1} className="input" aria-invalid={errors.durationMin ? true : undefined} aria-describedby={`${idp}-duration-error`} {...form.register("durationMin", { valueAsNumber: true })} />
          <FieldMessage id={`${idp}-duration-error`} message={errors.durationMin?.message} />
        </div>
        <div>
          <label htmlFor={`${idp}-distance`} className="label">Distance ({unit}, optional)</label>
          <input id={`${idp}-distance`} type="number" inputMode="decimal" min={0} step="0.01" className="input" aria-invalid={errors.distance ? true : undefined} aria-describedby={`${idp}-distance-error`} {...form.register("distance", { setValueAs: blankToNull })} />
          <FieldMessage id={`${idp}-distance-error`} message={errors.distance?.message} />
        </div>
        <div>
          <label htmlFor={`${idp}-rpe`} className="label">Effort (RPE 0–10)</label>
          <select id={`${idp}-rpe`} className="input" aria-invalid={errors.rpe ? true : undefined} {...form.register("rpe", { setValueAs: blankToNull })}>
            <RpeOptions />
          </select>
          <FieldMessage id={`${idp}-rpe-error`} message={errors.rpe?.message} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${idp}-notes`} className="label">Notes (optional)</label>
          <textarea id={`${idp}-notes`} rows={2} className="input" {...form.register("notes")} />
          <FieldMessage id={`${idp}-notes-error`} message={errors.notes?.message} />
        </div>
      </div>
      {formError ? <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{formError}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={once.pending}>
          {once.pending ? "Saving…" : session ? "Save changes" : "Log session"}
        </button>
        {session ? (
          <button type="button" className="btn-secondary" onClick={() => router.push("/training")}>Cancel</button>
        ) : null}
        <p role="status" aria-live="polite" className="text-sm text-brand-800">{saved ? "Session logged." : ""}</p>
      </div>
    </form>
  );
}
