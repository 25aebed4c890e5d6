"use client";
import { ChevronDown } from "lucide-react";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { cn } from "@/app/_lib/cn";
import type { CheckinFormApi, ErrorAt } from "./form-values";
import { optionalNumber } from "./form-values";
import { SessionFields } from "./session-fields";

/** Optional detail (resting heart rate, the day's session), folded away so the usual check-in stays short. */
export function DetailFields({ form, err, distanceUnit }: { form: CheckinFormApi; err: ErrorAt; distanceUnit: string }) {
  const session = useWatch({ control: form.control, name: "session" });
  const restingHr = useWatch({ control: form.control, name: "restingHr" });
  const [open, setOpen] = useState(() => Boolean(session) || restingHr != null);
  // A problem in a folded field must never hide: the section opens itself.
  const shown = open || Boolean(err("restingHr") || err("session.durationMin") || err("session.distance") || err("session.rpe"));
  return (
    <div className="card">
      <button type="button" aria-expanded={shown} aria-controls="checkin-detail" onClick={() => setOpen(!shown)}
        className="flex min-h-11 w-full items-center justify-between gap-3 text-left font-semibold">
        <span>
          More detail <span className="font-normal text-stone-600">(optional: resting heart rate, today&apos;s session)</span>
        </span>
        <ChevronDown aria-hidden="true" className={cn("size-5 shrink-0 transition-transform", shown && "rotate-180")} />
      </button>
      <div id="checkin-detail" hidden={!shown} className="mt-4 space-y-4">
        <div>
          <label htmlFor="restingHr" className="label">
            Resting heart rate <span className="font-normal text-stone-500">(optional, bpm)</span>
          </label>
          <input id="restingHr" type="number" inputMode="numeric" className="input max-w-40" aria-invalid={err("restingHr") ? true : undefined}
            {...form.register("restingHr", { setValueAs: optionalNumber })} />
          {err("restingHr") ? <p role="alert" className="field-error">{err("restingHr")}</p> : null}
        </div>
        <SessionFields form={form} err={err} distanceUnit={distanceUnit} />
      </div>
    </div>
  );
}
