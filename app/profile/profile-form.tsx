"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { DISTANCE_UNIT_LABELS } from "@/app/_lib/labels/training";
import type { profileInput } from "@/contract/account";
import { lazyResolver, loadZodResolver } from "@/app/_lib/lazy-resolver";
import { DISTANCE_UNITS } from "@/contract/values";
import { useToast } from "@/app/_components/ui/toast";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";

type Values = z.infer<typeof profileInput>;

const resolver = lazyResolver(async () => (await loadZodResolver())((await import("@/contract/account")).profileInput));

export function ProfileForm({ initial, timeZones }: { initial: Values; timeZones: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const form = useForm<Values>({ resolver, defaultValues: initial });
  const { errors } = form.formState;
  const save = useMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: (saved) => {
        form.reset({ name: saved.name, distanceUnit: saved.distanceUnit, timeZone: saved.timeZone });
        toast("Profile saved");
        router.refresh();
      },
      onError: (error) => {
        for (const [field, messages] of Object.entries(fieldErrorsOf(error))) {
          form.setError(field as keyof Values, { message: messages[0] });
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
        <input id="name" className="input" autoComplete="name" aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? "name-error" : undefined} {...form.register("name")} />
        {errors.name ? (
          <p id="name-error" role="alert" className="field-error">
            {errors.name.message}
          </p>
        ) : null}
      </div>
      <fieldset>
        <legend className="label">Distance units</legend>
        <div className="flex gap-3">
          {DISTANCE_UNITS.map((unit) => (
            <label key={unit} className="flex min-h-11 flex-1 cursor-pointer items-center gap-2 rounded-xl border border-stone-300 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" value={unit} className="size-4 accent-brand-700" {...form.register("distanceUnit")} />
              <span>{DISTANCE_UNIT_LABELS[unit]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="timeZone" className="label">
          Time zone
        </label>
        <select id="timeZone" className="input" aria-invalid={errors.timeZone ? true : undefined} {...form.register("timeZone")}>
          {zones.map((tz) => (
            <option key={tz} value={tz}>
              {tz.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {errors.timeZone ? (
          <p role="alert" className="field-error">
            {errors.timeZone.message}
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
