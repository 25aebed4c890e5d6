"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { GOAL_HORIZON_LABELS, GOAL_STATUS_LABELS } from "@/app/_lib/labels/goals";
import { GOAL_HORIZONS, GOAL_STATUSES } from "@/contract/values";
import type { goalInput } from "@/contract/goals";
import { lazyResolver, loadZodResolver } from "@/app/_lib/lazy-resolver";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";

type Values = z.infer<typeof goalInput>;

const resolver = lazyResolver(async () => (await loadZodResolver())((await import("@/contract/goals")).goalInput));

export function GoalForm({ goal, onDone }: { goal?: Values & { id: string }; onDone?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const defaults: Values = goal
    ? { horizon: goal.horizon, title: goal.title, details: goal.details, status: goal.status, shareWithCoaches: goal.shareWithCoaches }
    : { horizon: "next_month", title: "", details: "", status: "active", shareWithCoaches: false };
  const form = useForm<Values>({ resolver, defaultValues: defaults });
  const { errors } = form.formState;
  const handlers = {
    onSuccess: async () => {
      if (!goal) form.reset({ ...defaults, horizon: form.getValues("horizon") });
      await queryClient.invalidateQueries({ queryKey: trpc.goals.pathKey() });
      onDone?.();
    },
    onError: (error: unknown) => {
      for (const [field, messages] of Object.entries(fieldErrorsOf(error))) form.setError(field as keyof Values, { message: messages[0] });
    },
  };
  const create = useMutation(trpc.goals.create.mutationOptions(handlers));
  const update = useMutation(trpc.goals.update.mutationOptions(handlers));
  const mutation = goal ? update : create;
  const once = useSubmitOnce();
  const p = goal ? `goal-${goal.id}` : "goal-new";
  const formError = mutation.isError && Object.keys(fieldErrorsOf(mutation.error)).length === 0 ? messageOf(mutation.error) : null;

  return (
    <form
      noValidate
      aria-label={goal ? "Edit goal" : "Add a goal"}
      className="space-y-4"
      onSubmit={form.handleSubmit((values) =>
        once.run((idempotencyKey) => (goal ? update.mutateAsync({ ...values, id: goal.id }) : create.mutateAsync({ ...values, idempotencyKey }))),
      )}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${p}-horizon`} className="label">When</label>
          <select id={`${p}-horizon`} className="input" {...form.register("horizon")}>
            {GOAL_HORIZONS.map((h) => <option key={h} value={h}>{GOAL_HORIZON_LABELS[h]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${p}-status`} className="label">Status</label>
          <select id={`${p}-status`} className="input" {...form.register("status")}>
            {GOAL_STATUSES.map((s) => <option key={s} value={s}>{GOAL_STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${p}-title`} className="label">Goal</label>
          <input id={`${p}-title`} className="input" placeholder="e.g. Three 30-minute runs a week" aria-invalid={errors.title ? true : undefined} aria-describedby={errors.title ? `${p}-title-error` : undefined} {...form.register("title")} />
          {errors.title ? <p id={`${p}-title-error`} role="alert" className="field-error">{errors.title.message}</p> : null}
        </div>
        <div className="sm:col-span-2">
          <label htmlFor={`${p}-details`} className="label">Details (optional)</label>
          <textarea id={`${p}-details`} rows={2} className="input" {...form.register("details")} />
          {errors.details ? <p role="alert" className="field-error">{errors.details.message}</p> : null}
        </div>
      </div>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" className="size-4 accent-brand-700" {...form.register("shareWithCoaches")} />
        <span>Share with my coaches</span>
      </label>
      {formError ? <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{formError}</p> : null}
      <div className="flex gap-3">
        <button type="submit" className="btn-primary" disabled={once.pending}>
          {once.pending ? "Saving…" : goal ? "Save goal" : "Add goal"}
        </button>
        {goal && onDone ? <button type="button" className="btn-secondary" onClick={onDone}>Cancel</button> : null}
      </div>
    </form>
  );
}
