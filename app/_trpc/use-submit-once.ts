"use client";
import { useCallback, useRef, useState } from "react";
// uuid's v4 uses getRandomValues, which (unlike crypto.randomUUID) also works on a phone reaching the app over plain http.
import { v4 as newKey } from "uuid";

/**
 * One submission at a time, each with its own idempotency key. A second click while the first is in flight does
 * nothing (a ref, not state, so even two clicks in one frame are caught); a network retry of the same submission
 * carries the same key, so the server answers it with the first result. The key changes only after a success.
 */
export function useSubmitOnce() {
  const busy = useRef(false);
  const key = useRef<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = useCallback(async (submit: (idempotencyKey: string) => Promise<unknown>) => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    key.current ??= newKey();
    try {
      await submit(key.current);
      key.current = null;
    } catch {
      // The mutation's own error state shows what went wrong; the key stays for an honest retry.
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);
  return { run, pending };
}
