"use client";
import { useEffect, useState } from "react";
import { QUEUE_CHANGED, queuedFor } from "@/app/checkin/offline-queue";
import type { QueuedCheckinSender as SenderType } from "./queued-checkin-sender";

/**
 * Mounts the offline check-in sender only once this person has a check-in waiting on the phone (at load, when one is
 * queued, or when the connection returns), so the sender, its notice and date formatting (~10 KB) stay off every page
 * load. The chunk is in the service worker's precache, so it loads with no connection too.
 */
export function QueuedCheckinGate({ userId }: { userId: string }) {
  const [Sender, setSender] = useState<typeof SenderType | null>(null);

  useEffect(() => {
    if (Sender) return;
    let done = false;
    const check = () =>
      void queuedFor(userId)
        .then(async (queued) => {
          if (done || queued.length === 0) return;
          const { QueuedCheckinSender } = await import("./queued-checkin-sender");
          if (!done) setSender(() => QueuedCheckinSender);
        })
        .catch(() => undefined);
    check();
    window.addEventListener("online", check);
    window.addEventListener(QUEUE_CHANGED, check);
    return () => {
      done = true;
      window.removeEventListener("online", check);
      window.removeEventListener(QUEUE_CHANGED, check);
    };
  }, [userId, Sender]);

  return Sender ? <Sender userId={userId} /> : null;
}
