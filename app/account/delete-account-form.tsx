"use client";
import { FormField } from "@/app/_components/form-field";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { DELETE_CONFIRMATION } from "@/contract/limits";
import { DialogActions } from "@/app/_components/ui/dialog-actions";
import { LazyDialog } from "@/app/_components/ui/lazy-dialog";
import { signOutAfterDeletionAction } from "../(auth)/actions";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";

/** The red button opens a dialog that asks for the typed phrase; only then does the account go. */
export function DeleteAccountForm() {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const remove = useMutation(
    trpc.data.deleteAccount.mutationOptions({
      // The account is gone; end the session on a page that says so.
      onSuccess: () => signOutAfterDeletionAction(),
      onError: (error) => setFieldError(fieldErrorsOf(error).confirmation?.[0] ?? null),
    }),
  );
  const once = useSubmitOnce();
  const deleting = once.pending || remove.isSuccess;
  const problem = remove.isError ? messageOf(remove.error) : null;
  const onOpenChange = (next: boolean) => {
    if (deleting) return;
    setOpen(next);
    if (!next) {
      setConfirmation("");
      setFieldError(null);
      remove.reset();
    }
  };

  return (
    <LazyDialog
      trigger={<button type="button" className="btn-danger">Delete my account</button>}
      open={open}
      onOpenChange={onOpenChange}
      title="Delete your account?"
      description="Your profile, training, check-ins and club posts go for good. This can't be undone."
    >
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
        <FormField
          id="delete-confirmation"
          name="confirmation"
          label={<>Type <span className="font-mono">{DELETE_CONFIRMATION}</span> to confirm</>}
          autoComplete="off"
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
          errors={fieldError ? [fieldError] : undefined}
        />
        {problem && problem !== fieldError ? <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{problem}</p> : null}
        <DialogActions>
          <button type="button" className="btn-secondary" disabled={deleting} onClick={() => onOpenChange(false)}>Keep my account</button>
          <button type="submit" className="btn-danger" disabled={deleting}>
            {deleting ? "Deleting…" : "Delete my account"}
          </button>
        </DialogActions>
      </form>
    </LazyDialog>
  );
}
