"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { DISTANCE_UNIT_LABELS } from "@/app/_lib/labels/training";
import type { ProfileInput, profileInput } from "@/contract/account";
import { lazySchemaCheck, usePlainForm } from "@/app/_lib/plain-form";
import { DISTANCE_UNITS, type DistanceUnit } from "@/contract/values";
import { useToast } from "@/app/_components/ui/toast";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";

type Values = { name: string; distanceUnit: DistanceUnit; timeZone: string };

const check = lazySchemaCheck<Values, typeof profileInput>(async () => (await import("@/contract/account")).profileInput);

export function ProfileForm({ initial, timeZones }: { initial: ProfileInput; timeZones: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const form = usePlainForm<Values, ProfileInput>(initial, check);
  const { errors } = form;
  const save = useMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: (saved) => {
        form.reset({ name: saved.name, distanceUnit: saved.distanceUnit, timeZone: saved.timeZone });
        toast("Profile saved");
        router.refresh();
      },
      onError: (error) => {
        for (const [field, messages] of Object.entries(fieldErrorsOf(error))) {
          form.setError(field as keyof Values, messages[0]);
        }
      },
    }),
  );
  const once = useSubmitOnce();
  const zones = timeZones.includes(initial.timeZone) ? timeZones : [initial.timeZone, ...timeZones];

  return (
    <form onSubmit={form.handleSubmit((values) => once.run(() => save.mutateAsync(values)))} className="card space-y-5" noValidate>
      <div>
        <label htmlFor="name" className="label">
          Name
        </label>
        <input id="name" className="input" autoComplete="name" aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? "name-error" : undefined} {...form.field("name")} />
        {errors.name ? (
          <p id="name-error" role="alert" className="field-error">
            {errors.name}
          </p>
        ) : null}
      </div>
      <fieldset>
        <legend className="label">Distance units</legend>
        <div className="flex gap-3">
          {DISTANCE_UNITS.map((unit) => (
            <label key={unit} className="flex min-h-11 flex-1 cursor-pointer items-center gap-2 rounded-xl border border-stone-300 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input className="size-4 accent-brand-700" {...form.radio("distanceUnit", unit)} />
              <span>{DISTANCE_UNIT_LABELS[unit]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="timeZone" className="label">
          Time zone
        </label>
        <select id="timeZone" className="input" aria-invalid={errors.timeZone ? true : undefined} {...form.field("timeZone")}>
          {zones.map((tz) => (
            <option key={tz} value={tz}>
              {tz.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {errors.timeZone ? (
          <p role="alert" className="field-error">
            {errors.timeZone}
          </p>
        ) : null}
      </div>
      {save.isError && Object.keys(fieldErrorsOf(save.error)).length === 0 ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {messageOf(save.error)}
        </p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={once.pending}>
        {once.pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
