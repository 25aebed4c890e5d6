"use client";
import { useActionState } from "react";
import { FormField } from "../_components/form-field";
import { changeEmailAction, resendVerificationAction, type EmailFormState } from "./email-actions";

/** Until the address is confirmed it gets only account mail; this says so and sends the link again. */
function VerifyNotice({ email }: { email: string }) {
  const [state, action, pending] = useActionState<EmailFormState>(resendVerificationAction, {});
  return (
    <div className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p>
        <strong>Confirm your email.</strong> Until you open the link we sent to <span className="break-all">{email}</span>, Run Forward emails you nothing
        but account messages.
      </p>
      <form action={action} className="mt-2 flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-secondary" disabled={pending}>
          {pending ? "Sending…" : "Send the link again"}
        </button>
        <span role="status" aria-live="polite">
          {state.sentTo ? `Sent to ${state.sentTo}.` : (state.error ?? "")}
        </span>
      </form>
    </div>
  );
}

function ChangeEmailForm() {
  const [state, action, pending] = useActionState<EmailFormState, FormData>(changeEmailAction, {});
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Change email">
      <FormField
        label="New email"
        name="newEmail"
        type="email"
        autoComplete="email"
        inputMode="email"
        defaultValue={state.values?.newEmail}
        hint="We send a link to the new address; the change happens once you open it there."
        errors={state.fieldErrors?.newEmail}
        required
      />
      <FormField label="Current password" id="field-email-currentPassword" name="currentPassword" type="password" autoComplete="current-password" errors={state.fieldErrors?.currentPassword} required />
      {state.error ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Sending…" : "Change email"}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-brand-800">
          {state.sentTo && !pending ? `Check ${state.sentTo} for a link to confirm the change.` : ""}
        </p>
      </div>
    </form>
  );
}

export function EmailSection({ email, verified }: { email: string; verified: boolean }) {
  return (
    <section className="card space-y-4" aria-labelledby="email-heading">
      <h2 id="email-heading" className="text-lg font-semibold">Email</h2>
      <p className="text-stone-700">
        <span className="break-all">{email}</span> {verified ? <span className="text-sm text-brand-800">(confirmed)</span> : null}
      </p>
      {verified ? null : <VerifyNotice email={email} />}
      <ChangeEmailForm />
    </section>
  );
}
