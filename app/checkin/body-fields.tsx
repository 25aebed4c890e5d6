"use client";
import { Controller } from "react-hook-form";
import { EASY_HEART_RATE_LABELS, LEGS_FEEL_LABELS } from "@/app/_lib/labels/checkin";
import { EASY_HEART_RATES, LEGS_FEELS } from "@/contract/values";
import { ChoiceGroup } from "./choice-group";
import type { CheckinFormApi, ErrorAt } from "./form-values";

/** The body's answers that weigh most in the verdict: legs, effort and heart rate at easy pace. */
export function BodyFields({ form, err }: { form: CheckinFormApi; err: ErrorAt }) {
  return (
    <div className="card space-y-4">
      <h2 className="text-lg font-semibold">How does your body respond?</h2>
      <Controller control={form.control} name="legs" render={({ field }) => (
        <ChoiceGroup name="legs" legend="Legs" value={field.value} onChange={field.onChange} error={err("legs")}
          options={LEGS_FEELS.map((value) => ({ value, label: LEGS_FEEL_LABELS[value] }))} />
      )} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Controller control={form.control} name="easyEffortHarder" render={({ field }) => (
          <ChoiceGroup name="easyEffortHarder" legend="Easy effort felt harder than it should" value={field.value} onChange={field.onChange}
            columns="grid-cols-2" options={[{ value: false, label: "No" }, { value: true, label: "Yes" }]} />
        )} />
        <Controller control={form.control} name="easyHeartRate" render={({ field }) => (
          <ChoiceGroup name="easyHeartRate" legend="Heart rate at easy effort, against usual" value={field.value} onChange={field.onChange}
            options={EASY_HEART_RATES.map((value) => ({ value, label: EASY_HEART_RATE_LABELS[value] }))} />
        )} />
      </div>
    </div>
  );
}
