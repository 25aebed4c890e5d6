"use client";
import { Dialog, DialogContent } from "./dialog";

export type DialogPanelProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: React.ReactNode;
  children?: React.ReactNode;
  /** Where focus goes back to when the dialog closes (there is no Radix trigger to return to). */
  returnFocus: () => void;
};

/** The Radix dialog behind LazyDialog (lazy-dialog.tsx), loaded with its first open. */
export function DialogPanel({ open, onOpenChange, title, description, children, returnFocus }: DialogPanelProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title={title}
        description={description}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocus();
        }}
      >
        {children}
      </DialogContent>
    </Dialog>
  );
}
