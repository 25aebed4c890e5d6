"use client";
import * as RadixToast from "@radix-ui/react-toast";
import { CircleCheck, X } from "lucide-react";

// Loaded with the first toast (toast.tsx), so Radix's toast code stays off every page's first load. Radix announces
// each toast in a polite live region, pauses its timer on hover or focus, and F8 jumps to the viewport. Toasts only
// appear and disappear (no sliding), so reduced motion needs nothing more.

export type Toast = { id: number; message: string };

export function ToastList({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  return (
    <RadixToast.Provider swipeDirection="down" duration={6000} label="Notice">
      {toasts.map((t) => (
        <RadixToast.Root
          key={t.id}
          type="background"
          onOpenChange={(open) => (open ? undefined : onDismiss(t.id))}
          className="pointer-events-auto flex items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 pl-4 text-sm text-stone-900 shadow-lg"
        >
          <CircleCheck aria-hidden className="size-5 shrink-0 text-brand-700" />
          <RadixToast.Description className="flex-1 font-medium">{t.message}</RadixToast.Description>
          <RadixToast.Close aria-label="Dismiss" className="inline-flex size-9 items-center justify-center rounded-lg text-stone-600 hover:bg-stone-100">
            <X aria-hidden className="size-4" />
          </RadixToast.Close>
        </RadixToast.Root>
      ))}
      {/* Above a phone's bottom tab bar and home indicator; top right on a wide screen. */}
      <RadixToast.Viewport label="Notices ({hotkey})" className="pointer-events-none fixed inset-x-0 bottom-[calc(5rem+env(safe-area-inset-bottom))] z-[60] mx-auto flex w-full max-w-sm flex-col gap-2 px-4 outline-none sm:bottom-auto sm:left-auto sm:right-4 sm:top-4 sm:mx-0 sm:px-0" />
    </RadixToast.Provider>
  );
}
