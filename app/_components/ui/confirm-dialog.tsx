"use client";
import { useRef, useState } from "react";
import { messageOf } from "@/app/_trpc/errors";
import { DialogActions } from "./dialog-actions";
import { LazyDialog } from "./lazy-dialog";

/**
 * "Are you sure?" for an action that can't be undone. The trigger opens it; Escape, the close button or "Keep"
 * cancel and change nothing; the red button runs `onConfirm` once (a second press while it runs does nothing).
 * A failure stays in the dialog, said out loud, so the person can retry or back out.
 */
export function ConfirmDialog({
  trigger, title, description, confirmLabel, pendingLabel = "Working…", cancelLabel = "Keep it", onConfirm, children,
}: {
  /** One element (a button), which gets the open behaviour. */
  trigger: React.ComponentProps<typeof LazyDialog>["trigger"];
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  cancelLabel?: string;
  /** Resolve when done (the dialog closes), or throw (the dialog shows why and stays open). */
  onConfirm: () => Promise<unknown>;
  children?: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);
  const onOpenChange = (next: boolean) => {
    if (busy.current) return;
    setOpen(next);
    if (!next) setProblem(null);
  };

  async function confirm() {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setProblem(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  return (
    <LazyDialog trigger={trigger} open={open} onOpenChange={onOpenChange} title={title} description={description}>
      {children}
      {problem ? (
        <p role="alert" className="mt-3 rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {problem}
        </p>
      ) : null}
      <DialogActions>
        <button type="button" className="btn-secondary" disabled={pending} onClick={() => onOpenChange(false)}>
          {cancelLabel}
        </button>
        <button type="button" className="btn-danger" disabled={pending} onClick={() => void confirm()}>
          {pending ? pendingLabel : confirmLabel}
        </button>
      </DialogActions>
    </LazyDialog>
  );
}
