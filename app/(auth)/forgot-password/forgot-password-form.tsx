"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "../../_components/form-field";
import { forgotPasswordAction, type LinkFormState } from "../account-link-actions";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<LinkFormState, FormData>(forgotPasswordAction, {});
  if (state.sentTo) {
    return (
      <div className="card space-y-3" role="status">
        <h2 className="text-lg font-semibold">Check your inbox</h2>
        <p className="text-stone-700">
          If <strong className="break-all">{state.sentTo}</strong> has a Run Forward account, a link to choose a new password is on its way. It works once,
          for 1 hour.
        </p>
        <p className="text-sm text-stone-700">Nothing after a few minutes? Check your spam folder, then reload this page to ask again.</p>
      </div>
    );
  }
  return (
    <form action={action} className="card space-y-4" noValidate>
      {state.error ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm font-medium text-red-800">
          {state.error}
        </p>
      ) : null}
      <FormField label="Email" name="email" type="email" autoComplete="email" inputMode="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} required />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Sending…" : "Send me a link"}
      </button>
      <p className="text-center text-sm text-stone-700">
        Remembered it?{" "}
        <Link className="font-semibold text-brand-700 underline" href="/signin">
          Sign in
        </Link>
      </p>
    </form>
  );
}
