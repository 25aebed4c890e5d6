"use client";
import { useMutation } from "@tanstack/react-query";
import { signOutAction } from "../(auth)/actions";
import { useTRPC } from "../_trpc/client";
import { messageOf } from "../_trpc/errors";

/** Ends every session, this device's too: for a lost phone or a cookie that may have been copied. */
export function SignOutEverywhere() {
  const trpc = useTRPC();
  const revoke = useMutation(trpc.account.signOutEverywhere.mutationOptions({ onSuccess: () => signOutAction() }));
  return (
    <div className="space-y-3">
      <p className="text-stone-700">
        Signed in on a shared or lost device? This signs you out everywhere, here included. Sign in again afterwards.
      </p>
      {revoke.isError ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {messageOf(revoke.error)}
        </p>
      ) : null}
      <button type="button" className="btn-secondary" disabled={revoke.isPending || revoke.isSuccess} onClick={() => revoke.mutate()}>
        {revoke.isPending || revoke.isSuccess ? "Signing out…" : "Sign out of all devices"}
      </button>
    </div>
  );
}
