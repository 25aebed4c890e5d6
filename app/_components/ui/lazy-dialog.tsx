"use client";
import { cloneElement, useRef, useState } from "react";
import type { DialogPanel as Panel, DialogPanelProps } from "./dialog-panel";

type TriggerElement = React.ReactElement<React.ButtonHTMLAttributes<HTMLButtonElement> & { ref?: React.Ref<HTMLButtonElement> }>;

// Radix's dialog (~12 KB compressed with its focus trap and scroll lock) loads when a dialog first opens, or when
// the pointer or focus reaches its trigger, not with every page that has one.
let panel: Promise<typeof Panel> | null = null;
const loadPanel = () =>
  (panel ??= import("./dialog-panel").then(
    (m) => m.DialogPanel,
    (error: unknown) => {
      panel = null;
      throw error;
    },
  ));
const preload = () => void loadPanel().catch(() => undefined);

/**
 * A controlled dialog (ui/dialog.tsx's look and behaviour) whose Radix code loads on first use. `trigger` is one
 * button that opens it; inside, close with `onOpenChange(false)` (a plain button: Radix's Close would load it early).
 */
export function LazyDialog({ trigger, open, onOpenChange, ...content }: Omit<DialogPanelProps, "returnFocus"> & { trigger: TriggerElement }) {
  const [Loaded, setLoaded] = useState<typeof Panel | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const show = () =>
    void loadPanel().then(
      (P) => {
        setLoaded(() => P);
        onOpenChange(true);
      },
      () => undefined,
    );
  return (
    <>
      {cloneElement(trigger, {
        ref: triggerRef,
        "aria-haspopup": "dialog",
        "aria-expanded": open,
        onPointerEnter: preload,
        onFocus: preload,
        onClick: (event: React.MouseEvent<HTMLButtonElement>) => {
          trigger.props.onClick?.(event);
          if (!event.defaultPrevented) show();
        },
      })}
      {Loaded ? <Loaded {...content} open={open} onOpenChange={onOpenChange} returnFocus={() => triggerRef.current?.focus()} /> : null}
    </>
  );
}
