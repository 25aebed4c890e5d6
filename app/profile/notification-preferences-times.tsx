"use client";
import { DIGEST_FREQUENCY_LABELS } from "@/app/_lib/labels/notifications";
import type { PreferencesInput } from "@/contract/preferences";
import { DIGEST_FREQUENCIES } from "@/contract/values";

type Times = Omit<PreferencesInput, "switches">;

// Suggested when a runner first turns a time on: a morning reminder, and a night's sleep of quiet.
const DEFAULT_REMINDER = "08:00";
const DEFAULT_QUIET = { from: "22:00", to: "07:00" } as const;

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.[0] ? <p id={id} role="alert" className="field-error">{messages[0]}</p> : null;
}

/** The check-in reminder time, quiet hours and (for coaches) the digest: times on the user's own clock. */
export function ReminderFields({ value, onChange, errors, coaches }: { value: Times; onChange: (v: Times) => void; errors: Record<string, string[]>; coaches: boolean }) {
  const set = (patch: Partial<Times>) => onChange({ ...value, ...patch });
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="font-medium">Check-in reminder</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-4 accent-brand-700" checked={value.checkinReminder !== null} onChange={(e) => set({ checkinReminder: e.target.checked ? DEFAULT_REMINDER : null })} />
          <span>Remind me if I haven&apos;t checked in by</span>
        </label>
        {value.checkinReminder !== null ? (
          <div>
            <label htmlFor="checkin-reminder" className="label">Reminder time</label>
            <input id="checkin-reminder" type="time" className="input w-40" value={value.checkinReminder} onChange={(e) => set({ checkinReminder: e.target.value })}
              aria-invalid={errors.checkinReminder ? true : undefined} aria-describedby={errors.checkinReminder ? "checkin-reminder-error" : undefined} />
            <FieldError id="checkin-reminder-error" messages={errors.checkinReminder} />
          </div>
        ) : null}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-medium">Quiet hours</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" className="size-4 accent-brand-700" checked={value.quietHours !== null} onChange={(e) => set({ quietHours: e.target.checked ? { ...DEFAULT_QUIET } : null })} />
          <span>Hold back email and push at night (the app still shows everything)</span>
        </label>
        {value.quietHours !== null ? (
          <div className="flex flex-wrap gap-4">
            {(["from", "to"] as const).map((end) => (
              <div key={end}>
                <label htmlFor={`quiet-${end}`} className="label">{end === "from" ? "From" : "Until"}</label>
                <input id={`quiet-${end}`} type="time" className="input w-40" value={value.quietHours![end]}
                  onChange={(e) => set({ quietHours: { ...value.quietHours!, [end]: e.target.value } })}
                  aria-invalid={errors[`quietHours.${end}`] ? true : undefined} aria-describedby={errors[`quietHours.${end}`] ? `quiet-${end}-error` : undefined} />
                <FieldError id={`quiet-${end}-error`} messages={errors[`quietHours.${end}`]} />
              </div>
            ))}
          </div>
        ) : null}
      </fieldset>
      {coaches ? (
        <fieldset>
          <legend className="font-medium">Coach digest by email</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {DIGEST_FREQUENCIES.map((f) => (
              <label key={f} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-stone-300 px-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" name="digestFrequency" value={f} className="size-4 accent-brand-700" checked={value.digestFrequency === f} onChange={() => set({ digestFrequency: f })} />
                <span>{DIGEST_FREQUENCY_LABELS[f]}</span>
              </label>
            ))}
          </div>
          <FieldError id="digest-error" messages={errors.digestFrequency} />
        </fieldset>
      ) : null}
    </div>
  );
}
