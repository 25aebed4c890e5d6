"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type UseFormRegisterReturn, useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrorsOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { CLUB_PRIVACY_CHOICES, JOIN_POLICY_CHOICES } from "@/app/_lib/labels/club-choices";
import type { ClubFields } from "@/contract/clubs";
import { CLUB_LIMITS } from "@/contract/limits";
import { lazyResolver, loadZodResolver } from "@/app/_lib/lazy-resolver";
import { CLUB_PRIVACIES, JOIN_POLICIES } from "@/contract/values";
import { ErrorNote } from "./error-note";

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, CLUB_LIMITS.slug);
}

function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  return message ? (
    <p id={id} role="alert" className="field-error">
      {message}
    </p>
  ) : null;
}

/** A radio group drawn as tappable cards, each with a one-line hint. */
function ChoiceCards({
  legend,
  columns,
  register,
  options,
}: {
  legend: string;
  columns: string;
  register: UseFormRegisterReturn;
  options: ReadonlyArray<readonly [value: string, label: string, hint: string]>;
}) {
  return (
    <fieldset>
      <legend className="label">{legend}</legend>
      <div className={`grid gap-2 ${columns}`}>
        {options.map(([value, label, hint]) => (
          <label key={value} className="flex min-h-11 cursor-pointer items-start gap-2 rounded-xl border border-stone-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input type="radio" value={value} className="mt-1 size-4 accent-brand-700" {...register} />
            <span>
              <span className="block font-medium">{label}</span>
              <span className="block text-sm text-stone-600">{hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const resolver = lazyResolver(async () => (await loadZodResolver())((await import("@/contract/clubs")).clubFields));

/** Creates a club (no clubId) or edits one (with clubId). */
export function ClubForm({ clubId, initial, timeZones }: { clubId?: string; initial: ClubFields; timeZones: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useForm<ClubFields>({ resolver, defaultValues: initial });
  const { errors, dirtyFields } = form.formState;
  const onError = (error: unknown) => {
    for (const [field, messages] of Object.entries(fieldErrorsOf(error))) {
      // Only this form's own fields (its defaults hold every one).
      if (Object.hasOwn(initial, field)) form.setError(field as keyof ClubFields, { message: messages[0] }, { shouldFocus: true });
    }
  };
  const create = useMutation(trpc.clubs.create.mutationOptions({ onSuccess: (club) => router.push(`/clubs/${club.slug}`), onError }));
  const update = useMutation(
    trpc.clubs.update.mutationOptions({
      onSuccess: (club) => {
        form.reset(form.getValues());
        router.replace(`/clubs/${club.slug}/settings`);
        router.refresh();
      },
      onError,
    }),
  );
  const save = clubId ? update : create;
  const once = useSubmitOnce();
  // A new club opens its page, so the create button stays disabled while the page leaves.
  const busy = once.pending || (!clubId && create.isSuccess);
  const zones = timeZones.includes(initial.timeZone) ? timeZones : [initial.timeZone, ...timeZones];
  const describe = (field: keyof ClubFields) => (errors[field] ? `club-${field}-error` : undefined);

  return (
    <form
      noValidate
      className="card space-y-5"
      onSubmit={form.handleSubmit((values) =>
        once.run((idempotencyKey) => (clubId ? update.mutateAsync({ ...values, clubId }) : create.mutateAsync({ ...values, idempotencyKey }))),
      )}
    >
      <div>
        <label htmlFor="club-name" className="label">Club name</label>
        <input
          id="club-name"
          className="input"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describe("name")}
          {...form.register("name", {
            onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
              // Suggest an address from the name until the owner types one.
              if (!clubId && !dirtyFields.slug) form.setValue("slug", slugify(e.target.value));
            },
          })}
        />
        <FieldError id="club-name-error" message={errors.name?.message} />
      </div>
      <div>
        <label htmlFor="club-slug" className="label">Web address</label>
        <div className="flex items-center gap-1">
          <span className="shrink-0 text-sm text-stone-600">/clubs/</span>
          <input id="club-slug" className="input" autoCapitalize="none" aria-invalid={errors.slug ? true : undefined} aria-describedby={describe("slug") ?? "club-slug-hint"} {...form.register("slug")} />
        </div>
        {errors.slug ? <FieldError id="club-slug-error" message={errors.slug.message} /> : <p id="club-slug-hint" className="mt-1 text-sm text-stone-600">Lowercase letters, numbers and hyphens.</p>}
      </div>
      <div>
        <label htmlFor="club-description" className="label">Description</label>
        <textarea id="club-description" rows={4} className="input" aria-invalid={errors.description ? true : undefined} aria-describedby={describe("description")} {...form.register("description")} />
        <FieldError id="club-description-error" message={errors.description?.message} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor="club-area" className="label">City or area</label>
          <input id="club-area" className="input" aria-invalid={errors.area ? true : undefined} aria-describedby={describe("area")} {...form.register("area")} />
          <FieldError id="club-area-error" message={errors.area?.message} />
        </div>
        <div>
          <label htmlFor="club-timeZone" className="label">Time zone</label>
          <select id="club-timeZone" className="input" aria-invalid={errors.timeZone ? true : undefined} aria-describedby={describe("timeZone")} {...form.register("timeZone")}>
            {zones.map((tz) => (
              <option key={tz} value={tz}>
                {tz.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          <FieldError id="club-timeZone-error" message={errors.timeZone?.message} />
        </div>
      </div>
      <ChoiceCards
        legend="Who can see the club"
        columns="sm:grid-cols-2"
        register={form.register("privacy")}
        options={CLUB_PRIVACIES.map((v) => [v, CLUB_PRIVACY_CHOICES[v].label, CLUB_PRIVACY_CHOICES[v].hint] as const)}
      />
      <ChoiceCards
        legend="How people join"
        columns="sm:grid-cols-3"
        register={form.register("joinPolicy")}
        options={JOIN_POLICIES.map((v) => [v, JOIN_POLICY_CHOICES[v].label, JOIN_POLICY_CHOICES[v].hint] as const)}
      />
      {save.isError && Object.keys(fieldErrorsOf(save.error)).length === 0 ? <ErrorNote error={save.error} /> : null}
      <div className="flex items-center gap-3">
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? "Saving…" : clubId ? "Save changes" : "Create club"}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-brand-800">
          {clubId && update.isSuccess && !form.formState.isDirty ? "Saved." : ""}
        </p>
      </div>
    </form>
  );
}
