"use client";
import { useEffect, useState } from "react";
import { QUEUE_CHANGED, queuedCount } from "@/app/checkin/offline-queue";

/** How many check-ins wait on this phone (never whose or what), and a reload when the connection returns. */
export function OfflineQueueStatus() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const read = () => void queuedCount().then(setCount, () => setCount(0));
    const reload = () => location.reload();
    read();
    window.addEventListener(QUEUE_CHANGED, read);
    window.addEventListener("online", reload);
    return () => {
      window.removeEventListener(QUEUE_CHANGED, read);
      window.removeEventListener("online", reload);
    };
  }, []);
  if (!count) return null;
  return (
    <p role="status" className="rounded-xl bg-brand-50 p-3 text-sm text-brand-900">
      {count === 1 ? "1 check-in is" : `${count} check-ins are`} saved on this phone. {count === 1 ? "It" : "They"} will send when you&apos;re online.
    </p>
  );
}
