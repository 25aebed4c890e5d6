import { WifiOff } from "lucide-react";
import type { Metadata } from "next";
import { OfflineQueueStatus } from "./offline-queue-status";

export const metadata: Metadata = { title: "Offline" };

// The service worker keeps a copy of this page (fetched without cookies, so it names no one) and shows it whenever a
// page can't load for want of a connection. It reloads the page that was asked for once the connection is back.
export default function OfflinePage() {
  return (
    <div className="mx-auto max-w-md space-y-4 text-center">
      <WifiOff aria-hidden="true" className="mx-auto size-10 text-stone-500" />
      <h1 className="page-title">You&apos;re offline</h1>
      <p className="text-stone-700">This page needs a connection. It opens by itself as soon as you&apos;re back online.</p>
      <OfflineQueueStatus />
    </div>
  );
}
