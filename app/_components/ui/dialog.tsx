"use client";
import * as RadixDialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { cn } from "@/app/_lib/cn";

// Radix gives the dialog its role, traps focus, closes on Escape or a click outside and hands focus back to the
// trigger. This file only dresses it: a sheet from the bottom on a phone, a centred card from 640 px up.

export const Dialog = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;

export function DialogContent({
  title, description, children, className, closeLabel = "Close", onCloseAutoFocus,
}: {
  title: string;
  /** Said by screen readers as the dialog opens; leave it out only when the body says it all. */
  description?: React.ReactNode;
  children?: React.ReactNode;
  className?: string;
  closeLabel?: string;
  /** Where focus goes on closing, for a dialog opened without a DialogTrigger (Radix returns it to that). */
  onCloseAutoFocus?: (event: Event) => void;
}) {
  return (
    <RadixDialog.Portal>
      {/* Dark mode turns stone-900 light (globals.css), so the scrim there is black, and deeper to read as one. */}
      <RadixDialog.Overlay className="fixed inset-0 z-40 bg-stone-900/50 dark:bg-black/70" />
      <RadixDialog.Content
        // Without a description Radix warns unless told there is none.
        {...(description ? {} : { "aria-describedby": undefined })}
        onCloseAutoFocus={onCloseAutoFocus}
        className={cn(
          "fixed inset-x-0 bottom-0 z-50 max-h-[90dvh] overflow-y-auto rounded-t-2xl border border-stone-200 bg-white p-5 pb-[max(1.25rem,env(safe-area-inset-bottom))] shadow-xl",
          "sm:inset-x-auto sm:bottom-auto sm:left-1/2 sm:top-1/2 sm:w-full sm:max-w-md sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-2xl sm:pb-5",
          className,
        )}
      >
        <RadixDialog.Title className="pr-10 text-lg font-semibold text-stone-900">{title}</RadixDialog.Title>
        {description ? <RadixDialog.Description className="mt-1 text-sm text-stone-700">{description}</RadixDialog.Description> : null}
        {children ? <div className="mt-4">{children}</div> : null}
        {/* Last in the tab order, so opening focuses the body's first field or the safe "keep" button. */}
        <RadixDialog.Close className="absolute right-3 top-3 inline-flex size-11 items-center justify-center rounded-xl text-stone-600 hover:bg-stone-100" aria-label={closeLabel}>
          <X aria-hidden className="size-5" />
        </RadixDialog.Close>
      </RadixDialog.Content>
    </RadixDialog.Portal>
  );
}

export { DialogActions } from "./dialog-actions";
