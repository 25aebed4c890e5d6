"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";
import { DAY_STATUS_LABELS, FEEL_LABELS } from "@/app/_lib/labels/blocks";
import { MARKED_DAY_STATUSES, type MarkedDayStatus } from "@/contract/values";

type Status = MarkedDayStatus;

/** Marks one day done, partly done or skipped, with an optional note and how it felt. */
export function MarkDayForm({ dayId, initial, compact = false }: { dayId: string; initial?: { status: string; note: string; feel: number | null }; compact?: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [status, setStatus] = useState<Status | null>(initial && initial.status !== "pending" ? (initial.status as Status) : null);
  const [note, setNote] = useState(initial?.note ?? "");
  const [feel, setFeel] = useState<number | null>(initial?.feel ?? null);
  const mark = useMutation(trpc.blocks.markDay.mutationOptions({ onSuccess: () => router.refresh() }));
  const once = useSubmitOnce();
  const errors = mark.error ? fieldErrorsOf(mark.error) : {};

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (status) void once.run(() => mark.mutateAsync({ dayId, status, note, feel }));
      }}
    >
      <fieldset>
        <legend className="label">How did it go?</legend>
        <div className="grid grid-cols-3 gap-2">
          {MARKED_DAY_STATUSES.map((value) => (
            <label key={value} className="flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-xl border border-stone-300 px-2 text-sm font-medium has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600">
              <input type="radio" name={`${id}-status`} value={value} checked={status === value} onChange={() => setStatus(value)} className="sr-only" />
              {DAY_STATUS_LABELS[value]}
            </label>
          ))}
        </div>
      </fieldset>
      {!compact || status ? (
        <>
          <fieldset>
            <legend className="label">How did it feel? (optional)</legend>
            <div className="flex flex-wrap gap-2">
              {FEEL_LABELS.map((label, i) => (
                <label key={label} className="flex min-h-11 cursor-pointer items-center rounded-xl border border-stone-300 px-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600">
                  <input type="radio" name={`${id}-feel`} value={i + 1} checked={feel === i + 1} onChange={() => setFeel(i + 1)} className="sr-only" />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${id}-note`} className="label">
              Note (optional)
            </label>
            <textarea id={`${id}-note`} className="input" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
        </>
      ) : null}
      {errors.status || errors.note ? (
        <p role="alert" className="field-error">
          {(errors.status ?? errors.note)![0]}
        </p>
      ) : mark.isError ? (
        <p role="alert" className="field-error">
          {messageOf(mark.error)}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <button type="submit" className="btn-primary" disabled={!status || once.pending}>
          {once.pending ? "Saving…" : "Save"}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-brand-800">
          {mark.isSuccess ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
