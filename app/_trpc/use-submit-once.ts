"use client";
import { useCallback, useRef, useState } from "react";

/** A v4 UUID; crypto.randomUUID exists only on secure origins, so a phone on the LAN falls back to getRandomValues. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

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
