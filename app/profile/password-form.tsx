"use client";
import Link from "next/link";
import { useActionState } from "react";
import { PASSWORD_MIN } from "@/contract/limits";
import { FormField } from "../_components/form-field";
import { changePasswordAction, type PasswordFormState } from "./actions";

/** Changing the password signs out every other device; this one is signed in again with the new password. */
export function PasswordForm({ changed }: { changed: boolean }) {
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(changePasswordAction, {});
  const failed = Boolean(state.error || state.fieldErrors);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Change password">
      <FormField label="Current password" name="currentPassword" type="password" autoComplete="current-password" errors={state.fieldErrors?.currentPassword} required />
      <FormField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. Every other device you are signed in on is signed out.`}
        errors={state.fieldErrors?.newPassword}
        required
      />
      {state.error ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {state.error}{" "}
          {state.signInAgain ? (
            <Link href="/signin?callbackUrl=%2Fprofile" className="font-semibold underline">
              Sign in
            </Link>
          ) : null}
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-brand-800">
          {changed && !failed && !pending ? "Password changed. Other devices are signed out; this one stays signed in." : ""}
        </p>
      </div>
    </form>
  );
}
