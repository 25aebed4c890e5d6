"use client";
import { Controller, useWatch } from "react-hook-form";
import { WARMUP_FEEL_LABELS } from "@/app/_lib/labels/checkin";
import { SESSION_TYPE_LABELS } from "@/app/_lib/labels/training";
import { SESSION_TYPES, WARMUP_FEELS } from "@/contract/values";
import { ChoiceGroup } from "./choice-group";
import { optionalNumber, type CheckinFormApi, type ErrorAt } from "./form-values";

/** Today's session, logged with the check-in: type, minutes, distance, effort and how the warm-up felt. */
export function SessionFields({ form, err, distanceUnit }: { form: CheckinFormApi; err: ErrorAt; distanceUnit: string }) {
  const session = useWatch({ control: form.control, name: "session" });
  return (
    <div className="space-y-4">
      <label className="flex min-h-11 cursor-pointer items-center gap-3 font-semibold">
        <input
          type="checkbox"
          className="size-5 accent-brand-700"
          checked={Boolean(session)}
          onChange={(e) => {
            form.setValue("session", e.target.checked ? { type: "easy", durationMin: 30, distance: null, rpe: null } : null, { shouldDirty: true });
            if (!e.target.checked) form.setValue("warmupFeel", null, { shouldDirty: true });
          }}
        />
        Add today&apos;s session
      </label>
      {session ? (
        <div className="space-y-4">
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            <div className="col-span-2 sm:col-span-1">
              <label htmlFor="session.type" className="label">Type</label>
              <select id="session.type" className="input" {...form.register("session.type")}>
                {SESSION_TYPES.map((t) => (
                  <option key={t} value={t}>{SESSION_TYPE_LABELS[t]}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="session.durationMin" className="label">Minutes</label>
              <input id="session.durationMin" type="number" inputMode="numeric" className="input" aria-invalid={err("session.durationMin") ? true : undefined}
                {...form.register("session.durationMin", { setValueAs: optionalNumber })} />
              {err("session.durationMin") ? <p role="alert" className="field-error">{err("session.durationMin")}</p> : null}
            </div>
            <div>
              <label htmlFor="session.distance" className="label">Distance ({distanceUnit}, optional)</label>
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
  );
}
