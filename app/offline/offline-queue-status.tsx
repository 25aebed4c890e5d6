"use client";
import { useEffect, useState } from "react";
import { QUEUE_CHANGED, queuedCount } from "@/app/checkin/offline-queue";

const RETRIES = "rf-offline-retries";

/**
 * Shown while the browser says it is online, this page came from a load that failed anyway: the connection came
 * back a moment after the load began, or the server is briefly away. Try again, waiting longer each time (2 s up
 * to 30 s), as no "online" event will come.
 */
function retryWhileOnline(): ReturnType<typeof setTimeout> | undefined {
  if (!navigator.onLine) return undefined;
  // Tries in a row only: one from more than a minute ago was a different outage.
  const [count, at] = (sessionStorage.getItem(RETRIES) ?? "0:0").split(":").map(Number);
  const tries = Date.now() - (at ?? 0) < 60_000 ? (count ?? 0) : 0;
  sessionStorage.setItem(RETRIES, `${tries + 1}:${Date.now()}`);
  return setTimeout(() => {
    if (navigator.onLine) location.reload();
  }, Math.min(2000 * 2 ** tries, 30_000));
}

/** How many check-ins wait on this phone (never whose or what), and a reload when the connection returns. */
export function OfflineQueueStatus() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const read = () => void queuedCount().then(setCount, () => setCount(0));
    const reload = () => {
      sessionStorage.removeItem(RETRIES);
      location.reload();
    };
    read();
    window.addEventListener(QUEUE_CHANGED, read);
    window.addEventListener("online", reload);
    const retry = retryWhileOnline();
    return () => {
      window.removeEventListener(QUEUE_CHANGED, read);
      window.removeEventListener("online", reload);
      clearTimeout(retry);
    };
  }, []);
  if (!count) return null;
  return (
    <p role="status" className="rounded-xl bg-brand-50 p-3 text-sm text-brand-900">
      {count === 1 ? "1 check-in is" : `${count} check-ins are`} saved on this phone. {count === 1 ? "It" : "They"} will send when you&apos;re online.
    </p>
  );
}
