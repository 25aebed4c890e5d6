"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { DELETE_CONFIRMATION } from "@/contract/account";
import { signOutAction } from "../(auth)/actions";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";

export function DeleteAccountForm() {
  const trpc = useTRPC();
  const [confirmation, setConfirmation] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const remove = useMutation(
    trpc.data.deleteAccount.mutationOptions({
      // The account is gone; end the session and leave.
      onSuccess: () => signOutAction(),
      onError: (error) => setFieldError(fieldErrorsOf(error).confirmation?.[0] ?? null),
    }),
  );
  const once = useSubmitOnce();
  const problem = remove.isError ? messageOf(remove.error) : null;

  return (
    <form
      noValidate
      aria-label="Delete my account"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        setFieldError(null);
        if (confirmation.trim().toLowerCase() !== DELETE_CONFIRMATION) {
          setFieldError(`Type "${DELETE_CONFIRMATION}" to confirm`);
          return;
        }
        void once.run(() => remove.mutateAsync({ confirmation }));
      }}
    >
      <div>
        <label htmlFor="delete-confirmation" className="label">
          Type <span className="font-mono">{DELETE_CONFIRMATION}</span> to confirm
        </label>
        <input
          id="delete-confirmation"
          className="input"
          autoComplete="off"
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "delete-confirmation-error" : undefined}
        />
        {fieldError ? <p id="delete-confirmation-error" role="alert" className="field-error">{fieldError}</p> : null}
      </div>
      {problem && problem !== fieldError ? <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{problem}</p> : null}
      <button type="submit" className="btn-danger" disabled={once.pending || remove.isSuccess}>
        {once.pending || remove.isSuccess ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
