"use client";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm, useWatch } from "react-hook-form";
import { RACE_DISTANCE_LABELS } from "@/app/_lib/labels/training";
import { RACE_DISTANCES, type DistanceUnit } from "@/contract/values";
import { lazyResolver, loadZodResolver } from "@/app/_lib/lazy-resolver";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";
import { FieldMessage } from "./field-message";
import { localToday, parseRaceTime } from "@/app/_lib/format";
import { blankToNull } from "./number-field";
import type { RaceFormValues as Values } from "./race-form-schema";
import { RpeOptions } from "./rpe-select";

const resolver = lazyResolver(async () => (await loadZodResolver())((await import("./race-form-schema")).raceForm));

/** "Cole Coach (Riverside RC)", joined as a list: the people a race would tell. */
function coachList(coaches: { name: string; clubNames: string[] }[]) {
  const names = coaches.map((c) => `${c.name} (${c.clubNames.join(", ")})`);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
}

export function RaceForm({ unit }: { unit: DistanceUnit }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    resolver,
    defaultValues: { date: localToday(), distance: "10k", name: "", time: "", measuredDistance: null, rpe: null, notes: "", notifyCoaches: true },
  });
  // Who would be told, shown before saving so sharing is a choice.
  const coaches = useQuery(trpc.training.myCoaches.queryOptions());
  const notifyCoaches = useWatch({ control: form.control, name: "notifyCoaches" });
  const { errors } = form.formState;
  const logRace = useMutation(
    trpc.training.logRace.mutationOptions({
      onSuccess: async () => {
        form.reset({ ...form.getValues(), name: "", time: "", measuredDistance: null, notes: "" });
        await queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
      },
      onError: (error) => {
        for (const [field, messages] of Object.entries(fieldErrorsOf(error))) {
          form.setError((field === "timeSec" ? "time" : field) as keyof Values, { message: messages[0] });
        }
      },
    }),
  );
  const once = useSubmitOnce();
  const formError = logRace.isError && Object.keys(fieldErrorsOf(logRace.error)).length === 0 ? messageOf(logRace.error) : null;

  return (
    <div className="space-y-4">
      <form
        noValidate
        aria-label="Log a race"
        className="space-y-4"
        onSubmit={form.handleSubmit(({ time, ...values }) =>
          once.run((idempotencyKey) =>
            // Only the coaches listed above may be told: none listed (or none loaded) means nobody.
            logRace.mutateAsync({ ...values, notifyCoaches: values.notifyCoaches && (coaches.data?.length ?? 0) > 0, timeSec: parseRaceTime(time)!, idempotencyKey }),
          ),
        )}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="race-date" className="label">Race day</label>
            <input id="race-date" type="date" className="input" max={localToday()} aria-invalid={errors.date ? true : undefined} aria-describedby="race-date-error" {...form.register("date")} />
            <FieldMessage id="race-date-error" message={errors.date?.message} />
          </div>
          <div>
            <label htmlFor="race-distance" className="label">Race distance</label>
            <select id="race-distance" className="input" {...form.register("distance")}>
              {RACE_DISTANCES.map((d) => (
                <option key={d} value={d}>{RACE_DISTANCE_LABELS[d]}</option>
              ))}
            </select>
            <FieldMessage id="race-distance-error" message={errors.distance?.message} />
          </div>
          <div>
            <label htmlFor="race-name" className="label">Race name (optional)</label>
            <input id="race-name" className="input" {...form.register("name")} />
            <FieldMessage id="race-name-error" message={errors.name?.message} />
          </div>
          <div>
            <label htmlFor="race-time" className="label">Finishing time</label>
            <input id="race-time" className="input" inputMode="numeric" placeholder="h:mm:ss" aria-invalid={errors.time ? true : undefined} aria-describedby="race-time-error" {...form.register("time")} />
            <FieldMessage id="race-time-error" message={errors.time?.message} />
          </div>
          <div>
            <label htmlFor="race-measured" className="label">Measured distance ({unit}, optional)</label>
            <input id="race-measured" type="number" inputMode="decimal" step="0.01" min={0} className="input" aria-invalid={errors.measuredDistance ? true : undefined} aria-describedby="race-measured-error" {...form.register("measuredDistance", { setValueAs: blankToNull })} />
            <FieldMessage id="race-measured-error" message={errors.measuredDistance?.message} />
          </div>
          <div>
            <label htmlFor="race-rpe" className="label">Effort (RPE 0–10)</label>
            <select id="race-rpe" className="input" {...form.register("rpe", { setValueAs: blankToNull })}>
              <RpeOptions />
            </select>
          </div>
        </div>
        <fieldset className="rounded-xl border border-stone-200 p-3 text-sm">
          <legend className="px-1 font-medium">Your coaches</legend>
          {coaches.isPending ? (
            <p className="text-stone-600">Checking who coaches you…</p>
          ) : coaches.isError ? (
            <p className="text-stone-600">We couldn&apos;t load your coaches, so nobody will be told about this race.</p>
          ) : coaches.data.length === 0 ? (
            <p className="text-stone-600">Nobody will be told: you have no coaches in your clubs.</p>
          ) : (
            <>
              <label className="flex items-start gap-2">
                <input type="checkbox" className="mt-1" {...form.register("notifyCoaches")} />
                <span>Tell my coaches, so they can set up my recovery: {coachList(coaches.data)}</span>
              </label>
              {notifyCoaches ? null : <p className="mt-1 text-stone-600">Nobody will be told about this race.</p>}
            </>
          )}
        </fieldset>
        {formError ? <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{formError}</p> : null}
        {/* Not before the runner can see who would be told. */}
        <button type="submit" className="btn-primary" disabled={once.pending || coaches.isPending}>
          {once.pending ? "Saving…" : "Log race"}
        </button>
      </form>
      {logRace.isSuccess ? (
        <div role="status" className="rounded-xl border border-brand-200 bg-brand-50 p-4 text-brand-900">
          <p className="font-semibold">Well run! Suggested recovery: {logRace.data.recovery.title.toLowerCase()}</p>
          <p className="mt-1 text-sm">{logRace.data.recovery.summary}</p>
          <p className="mt-1 text-sm">
            {logRace.data.coachesNotified > 0
              ? `We've let your ${logRace.data.coachesNotified === 1 ? "coach" : `${logRace.data.coachesNotified} coaches`} know, so they can set this recovery up for you in one click.`
              : logRace.variables?.notifyCoaches === false && (coaches.data?.length ?? 0) > 0
                ? "Your coaches weren't told."
                : "No coach needed: you can start it yourself."}
          </p>
          <Link href="/today" className="btn-secondary mt-2">
            Start this recovery on Today
          </Link>
        </div>
      ) : null}
    </div>
  );
}
