"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrorsOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { lazyResolver, loadZodResolver } from "@/app/_lib/lazy-resolver";
import { ErrorNote } from "../../../_components/error-note";
import type { RunFormValues as Values } from "./run-form-schema";
import { splitPaces } from "./split-paces";

const DEFAULTS: Values = { title: "", startsAtLocal: "", meetingPoint: "", distanceKm: "", paceGroups: "", notes: "" };
const resolver = lazyResolver(async () => (await loadZodResolver())((await import("./run-form-schema")).runFormSchema));

export function RunForm({ clubId, slug, timeZone, minLocal }: { clubId: string; slug: string; timeZone: string; minLocal: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<Values>({
    resolver,
    defaultValues: DEFAULTS,
  });
  const { errors } = form.formState;
  const create = useMutation(
    trpc.groupRuns.create.mutationOptions({
      onSuccess: (run) => router.push(`/clubs/${slug}/runs/${run.id}`),
      onError: (error) => {
        for (const [field, messages] of Object.entries(fieldErrorsOf(error))) {
          // Only this form's own fields (its defaults hold every one).
          if (Object.hasOwn(DEFAULTS, field)) form.setError(field as keyof Values, { message: messages[0] }, { shouldFocus: true });
        }
      },
    }),
  );
  const once = useSubmitOnce();
  // A scheduled run opens its own page, so the button stays disabled while the page leaves.
  const busy = once.pending || create.isSuccess;
  const err = (field: keyof Values) =>
    errors[field] ? (
      <p id={`run-${field}-error`} role="alert" className="field-error">
        {errors[field]?.message}
      </p>
    ) : null;
  const aria = (field: keyof Values) => ({ "aria-invalid": errors[field] ? true : undefined, "aria-describedby": errors[field] ? `run-${field}-error` : undefined });

  return (
    <form
      noValidate
      className="card space-y-5"
      onSubmit={form.handleSubmit((v) =>
        once.run((idempotencyKey) =>
          create.mutateAsync({
            clubId,
            title: v.title,
            startsAtLocal: v.startsAtLocal,
            meetingPoint: v.meetingPoint,
            distanceKm: v.distanceKm ? Number(v.distanceKm.replace(",", ".")) : null,
            paceGroups: splitPaces(v.paceGroups),
            notes: v.notes,
            idempotencyKey,
          }),
        ),
      )}
    >
      <div>
        <label htmlFor="run-title" className="label">Title</label>
        <input id="run-title" className="input" placeholder="Saturday long run" {...aria("title")} {...form.register("title")} />
        {err("title")}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor="run-startsAtLocal" className="label">Starts ({timeZone.replaceAll("_", " ")} time)</label>
          <input id="run-startsAtLocal" type="datetime-local" min={minLocal} className="input" {...aria("startsAtLocal")} {...form.register("startsAtLocal")} />
          {err("startsAtLocal")}
        </div>
        <div>
          <label htmlFor="run-distanceKm" className="label">Distance in km (optional)</label>
          <input id="run-distanceKm" inputMode="decimal" className="input" placeholder="10" {...aria("distanceKm")} {...form.register("distanceKm")} />
          {err("distanceKm")}
        </div>
      </div>
      <div>
        <label htmlFor="run-meetingPoint" className="label">Meeting point</label>
        <input id="run-meetingPoint" className="input" placeholder="Boathouse steps" {...aria("meetingPoint")} {...form.register("meetingPoint")} />
        {err("meetingPoint")}
      </div>
      <div>
        <label htmlFor="run-paceGroups" className="label">Pace groups (optional, separated by commas)</label>
        <input id="run-paceGroups" className="input" placeholder="5:30/km, 6:15/km, walk-run" {...aria("paceGroups")} {...form.register("paceGroups")} />
        {err("paceGroups")}
      </div>
      <div>
        <label htmlFor="run-notes" className="label">Notes</label>
        <textarea id="run-notes" rows={3} className="input" {...aria("notes")} {...form.register("notes")} />
        {err("notes")}
      </div>
      {create.isError && Object.keys(fieldErrorsOf(create.error)).length === 0 ? <ErrorNote error={create.error} /> : null}
      <button type="submit" className="btn-primary" disabled={busy}>
        {busy ? "Scheduling…" : "Schedule run"}
      </button>
    </form>
  );
}
