"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { THREAD_MESSAGE_MAX } from "@/contract/limits";
import { DAY_KINDS } from "@/contract/values";
import { useTRPC } from "../../../../../_trpc/client";
import { fieldErrorsOf, messageOf } from "../../../../../_trpc/errors";
import { useSubmitOnce } from "../../../../../_trpc/use-submit-once";
import { DAY_KIND_LABELS } from "@/app/_lib/labels/blocks";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";

export function BlockControls({ clubId, blockId, slug }: { clubId: string; blockId: string; slug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [days, setDays] = useState(3);
  // Optional, for any of the three changes: it lands in the thread of the check-in behind the block.
  const [message, setMessage] = useState("");
  const extend = useMutation(trpc.blocks.extend.mutationOptions({ onSuccess: () => router.refresh() }));
  const end = useMutation(trpc.blocks.endEarly.mutationOptions({ onSuccess: () => router.push(`/clubs/${slug}/dashboard`) }));
  const cancel = useMutation(trpc.blocks.cancel.mutationOptions({ onSuccess: () => router.push(`/clubs/${slug}/dashboard`) }));
  // A failed cancel says so inside its dialog.
  const error = extend.error ?? end.error;
  // Extend, end early and cancel all change the same block, so one of them at a time; ending or cancelling leaves the page.
  const once = useSubmitOnce();
  const busy = once.pending || end.isSuccess || cancel.isSuccess;
  return (
    <div className="card flex flex-wrap items-end gap-3">
      <div className="w-full">
        <label htmlFor="change-message" className="label">
          Say why, in their check-in thread (optional)
        </label>
        <textarea id="change-message" className="input" rows={2} maxLength={THREAD_MESSAGE_MAX + 100} value={message} onChange={(e) => setMessage(e.target.value)} />
      </div>
      <div>
        <label htmlFor="extend-days" className="label">
          Extend by (days)
        </label>
        <input id="extend-days" type="number" min={1} max={28} className="input w-28" value={days} onChange={(e) => setDays(Number(e.target.value))} />
      </div>
      <button type="button" className="btn-secondary" disabled={busy} onClick={() => void once.run(() => extend.mutateAsync({ clubId, blockId, days, message }))}>
        Extend
      </button>
      <button type="button" className="btn-secondary" disabled={busy} onClick={() => void once.run(() => end.mutateAsync({ clubId, blockId, message }))}>
        End early
      </button>
      <ConfirmDialog
        trigger={<button type="button" className="btn-danger" disabled={busy}>Cancel block</button>}
        title="Cancel this block?"
        description="The athlete's plan stops today, and they are told."
        confirmLabel="Cancel block"
        pendingLabel="Cancelling…"
        cancelLabel="Keep the block"
        onConfirm={() => cancel.mutateAsync({ clubId, blockId, message })}
      />
      {error ? (
        <p role="alert" className="field-error w-full">
          {fieldErrorsOf(error).days?.[0] ?? fieldErrorsOf(error).message?.[0] ?? messageOf(error)}
        </p>
      ) : null}
    </div>
  );
}

type Day = { id: string; kind: (typeof DAY_KINDS)[number]; minutes: number | null; distanceM: number | null; volumePercent: number | null; notes: string };

const num = (s: string) => (s.trim() === "" ? null : Number(s));

export function EditDay({ clubId, day }: { clubId: string; day: Day }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [v, setV] = useState({ kind: day.kind, minutes: day.minutes?.toString() ?? "", km: day.distanceM != null ? String(day.distanceM / 1000) : "", percent: day.volumePercent?.toString() ?? "", notes: day.notes });
  const save = useMutation(trpc.blocks.updateDay.mutationOptions({ onSuccess: () => router.refresh() }));
  const once = useSubmitOnce();
  const errors = save.error ? fieldErrorsOf(save.error) : {};
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-800">Edit this day</summary>
      <form
        className="grid gap-3 pt-2 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          const km = num(v.km);
          void once.run(() =>
            save.mutateAsync({ clubId, dayId: day.id, kind: v.kind, minutes: num(v.minutes), distanceM: km == null ? null : Math.round(km * 1000), volumePercent: num(v.percent), notes: v.notes }),
          );
        }}
      >
        <div>
          <label htmlFor={`${id}-kind`} className="label">Kind of day</label>
          <select id={`${id}-kind`} className="input" value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value as Day["kind"] })}>
            {DAY_KINDS.map((k) => (
              <option key={k} value={k}>{DAY_KIND_LABELS[k]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-min`} className="label">Minutes</label>
          <input id={`${id}-min`} type="number" className="input" value={v.minutes} aria-invalid={errors.minutes ? true : undefined} onChange={(e) => setV({ ...v, minutes: e.target.value })} />
          {errors.minutes ? <p role="alert" className="field-error">{errors.minutes[0]}</p> : null}
        </div>
        <div>
          <label htmlFor={`${id}-km`} className="label">Distance (km)</label>
          <input id={`${id}-km`} type="number" step="0.1" className="input" value={v.km} aria-invalid={errors.distanceM ? true : undefined} onChange={(e) => setV({ ...v, km: e.target.value })} />
          {errors.distanceM ? <p role="alert" className="field-error">{errors.distanceM[0]}</p> : null}
        </div>
        <div>
          <label htmlFor={`${id}-pct`} className="label">% of usual volume</label>
          <input id={`${id}-pct`} type="number" className="input" value={v.percent} aria-invalid={errors.volumePercent ? true : undefined} onChange={(e) => setV({ ...v, percent: e.target.value })} />
          {errors.volumePercent ? <p role="alert" className="field-error">{errors.volumePercent[0]}</p> : null}
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-notes`} className="label">Notes</label>
          <input id={`${id}-notes`} className="input" maxLength={300} value={v.notes} onChange={(e) => setV({ ...v, notes: e.target.value })} />
        </div>
        {save.isError && Object.keys(errors).length === 0 ? <p role="alert" className="field-error sm:col-span-2">{messageOf(save.error)}</p> : null}
        <div>
          <button type="submit" className="btn-primary" disabled={once.pending}>Save day</button>
        </div>
      </form>
    </details>
  );
}
