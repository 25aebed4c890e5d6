"use client";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { Toast, ToastList as ToastListType } from "./toast-list";

// Brief news after something worked ("Goal saved"). Errors never come here: they stay by the field or form they
// belong to. The list itself (Radix toast, toast-list.tsx) loads with the first toast; the service worker precaches
// it, so it shows offline too.

type ShowToast = (message: string) => void;

const ToastContext = createContext<ShowToast | null>(null);

export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [List, setList] = useState<typeof ToastListType | null>(null);
  const nextId = useRef(1);
  const show = useCallback<ShowToast>((message) => {
    const id = nextId.current++;
    // The newest three at most: a burst of saves shouldn't pile up over the page.
    setToasts((list) => [...list.slice(-2), { id, message }]);
  }, []);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const wanted = toasts.length > 0;

  useEffect(() => {
    if (!wanted || List) return;
    let live = true;
    import("./toast-list").then((m) => live && setList(() => m.ToastList), () => undefined);
    return () => {
      live = false;
    };
  }, [wanted, List]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      {List ? <List toasts={toasts} onDismiss={dismiss} /> : null}
    </ToastContext.Provider>
  );
}

/** `const toast = useToast(); toast("Saved")`: a short success message that goes by itself. */
export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast needs <ToastProvider> (mounted in app/_trpc/provider.tsx)");
  return show;
}
