"use client";
import { Controller } from "react-hook-form";
import { ChoiceGroup } from "./choice-group";
import type { CheckinFormApi, ErrorAt } from "./form-values";
import { SCALES, type ScaleKey } from "./scales";

/** The six 1-7 wellness scales, each one compact row. */
export function WellnessFields({ form, err }: { form: CheckinFormApi; err: ErrorAt }) {
  return (
    <div className="card space-y-4">
      <h2 className="text-lg font-semibold">How are you, honestly?</h2>
      {/* One column at every width: each scale needs the card's full width to show its words on its cards. */}
      <div className="grid gap-4">
        {(Object.keys(SCALES) as ScaleKey[]).map((key) => (
          <Controller
            key={key}
            control={form.control}
            name={key}
            render={({ field }) => (
              <ChoiceGroup
                name={key}
                legend={SCALES[key].label}
                columns="grid-cols-4 sm:grid-cols-7"
                options={SCALES[key].words.map((label, i) => ({ value: i + 1, label }))}
                value={field.value}
                onChange={field.onChange}
                error={err(key)}
              />
            )}
          />
        ))}
      </div>
    </div>
  );
}
