"use client";
import { FormField } from "@/app/_components/form-field";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { DialogActions } from "@/app/_components/ui/dialog-actions";
import { LazyDialog } from "@/app/_components/ui/lazy-dialog";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrorsOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { ErrorNote } from "../../_components/error-note";

/** The red button opens a dialog that asks for the club's name; only then does the club go. */
export function DeleteClub({ clubId, name }: { clubId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const del = useMutation(trpc.clubs.delete.mutationOptions({ onSuccess: () => router.replace("/clubs") }));
  const once = useSubmitOnce();
  const deleting = once.pending || del.isSuccess;
  const fieldError = fieldErrorsOf(del.error).confirmName?.[0];
  const onOpenChange = (next: boolean) => {
    if (deleting) return;
    setOpen(next);
    if (!next) {
      setTyped("");
      del.reset();
    }
  };
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700">
        Deleting removes the club, its members, group runs, invite links and everything shared with it. This can&apos;t be undone.
      </p>
      <LazyDialog
        trigger={<button type="button" className="btn-danger">Delete this club</button>}
        open={open}
        onOpenChange={onOpenChange}
        title={`Delete ${name}?`}
        description="Its members, group runs, invite links and everything shared with it go too."
      >
        <form
          noValidate
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void once.run(() => del.mutateAsync({ clubId, confirmName: typed }));
          }}
        >
          <FormField
            id="confirm-name"
            name="confirmName"
            label={<>Type the club&apos;s name, <span className="font-semibold">{name}</span>, to confirm</>}
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            errors={fieldError ? [fieldError] : undefined}
          />
          {fieldError ? null : <ErrorNote error={del.error} />}
          <DialogActions>
            <button type="button" className="btn-secondary" disabled={deleting} onClick={() => onOpenChange(false)}>Keep the club</button>
            <button type="submit" className="btn-danger" disabled={deleting || typed.trim().toLowerCase() !== name.trim().toLowerCase()}>
              {deleting ? "Deleting…" : "Delete this club"}
            </button>
          </DialogActions>
        </form>
      </LazyDialog>
    </div>
  );
}
