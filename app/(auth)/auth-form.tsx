"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "../_components/form-field";
import { signInAction, signUpAction, type AuthFormState } from "./actions";
import { PASSWORD_MIN } from "@/contract/limits";

export function AuthForm({ mode, callbackUrl, notice }: { mode: "signin" | "signup"; callbackUrl?: string; notice?: string }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(mode === "signin" ? signInAction : signUpAction, {});
  const timeZone = typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : "UTC";
  if (state.checkEmail) return <CheckInbox email={state.checkEmail} callbackUrl={callbackUrl} />;
  return (
    <form action={action} className="card space-y-4" noValidate>
      {state.error ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm font-medium text-red-800">
          {state.error}
        </p>
      ) : null}
      {notice && !state.error ? (
        <p role="status" className="rounded-xl bg-brand-50 p-3 text-sm font-medium text-brand-900">
          {notice}
        </p>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      {mode === "signup" ? (
        <>
          <input type="hidden" name="timeZone" value={timeZone} />
          <FormField label="Name" name="name" autoComplete="name" defaultValue={state.values?.name} errors={state.fieldErrors?.name} required />
        </>
      ) : null}
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
        required
      />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete={mode === "signup" ? "new-password" : "current-password"}
        hint={mode === "signup" ? `At least ${PASSWORD_MIN} characters.` : undefined}
        errors={state.fieldErrors?.password}
        required
      />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "One moment…" : mode === "signin" ? "Sign in" : "Create account"}
      </button>
      {mode === "signin" ? (
        <p className="text-center text-sm">
          <Link className="font-semibold text-brand-700 underline" href="/forgot-password">
            Forgot your password?
          </Link>
        </p>
      ) : null}
      <p className="text-center text-sm text-stone-700">
        {mode === "signin" ? (
          <>
            New here?{" "}
            <Link className="font-semibold text-brand-700 underline" href={`/signup${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
              Create an account
            </Link>
          </>
        ) : (
          <>
            Already a member?{" "}
            <Link className="font-semibold text-brand-700 underline" href={`/signin${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
              Sign in
            </Link>
          </>
        )}
      </p>
    </form>
  );
}

/** The one answer to a sign-up, whether the address was new or already had an account. */
function CheckInbox({ email, callbackUrl }: { email: string; callbackUrl?: string }) {
  const next = callbackUrl || "/profile?welcome=1";
  return (
    <div className="card space-y-3" role="status">
      <h2 className="text-lg font-semibold">Check your inbox</h2>
      <p className="text-stone-700">
        We&apos;ve sent a message to <strong className="break-all">{email}</strong>. Open the link in it to confirm your address; until then we send it
        nothing else.
      </p>
      <p className="text-stone-700">
        <Link className="font-semibold text-brand-700 underline" href={`/signin?callbackUrl=${encodeURIComponent(next)}`}>
          Sign in
        </Link>{" "}
        with the password you just chose to get started.
      </p>
    </div>
  );
}
