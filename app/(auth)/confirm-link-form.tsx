"use client";
import Link from "next/link";
import { useActionState } from "react";
import { confirmLinkAction, type LinkFormState } from "./account-link-actions";

/** One button that uses an email link (verify the address, or move the account to a new one). */
export function ConfirmLinkForm({ token, kind, label }: { token: string; kind: "verify" | "change"; label: string }) {
  const [state, action, pending] = useActionState<LinkFormState, FormData>(confirmLinkAction, {});
  if (state.sentTo) {
    return (
      <div className="card space-y-3" role="status">
        <h2 className="text-lg font-semibold">{kind === "change" ? "Email changed" : "Email confirmed"}</h2>
        <p className="text-stone-700">
          Your account uses <strong className="break-all">{state.sentTo}</strong>
          {kind === "change" ? " from now on: sign in with it." : ", and Run Forward can email you there."}
        </p>
        <Link href="/profile" className="btn-primary inline-block">
          Go to your profile
        </Link>
      </div>
    );
  }
  const problem = state.fieldErrors?.token?.[0] ?? state.error;
  return (
    <form action={action} className="card space-y-4">
      {problem ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm font-medium text-red-800">
          {problem}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="kind" value={kind} />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "One moment…" : label}
      </button>
    </form>
  );
}
