"use client";
import Link from "next/link";
import { useActionState } from "react";
import { PASSWORD_MIN } from "@/contract/limits";
import { FormField } from "../../_components/form-field";
import { resetPasswordAction, type LinkFormState } from "../account-link-actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<LinkFormState, FormData>(resetPasswordAction, {});
  const linkProblem = state.fieldErrors?.token?.[0];
  return (
    <form action={action} className="card space-y-4" noValidate>
      {linkProblem || state.error ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm font-medium text-red-800">
          {linkProblem ?? state.error}{" "}
          {linkProblem ? (
            <Link href="/forgot-password" className="font-semibold underline">
              Ask for a new link
            </Link>
          ) : null}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <FormField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={state.fieldErrors?.newPassword}
        required
      />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
