import { currentUserId } from "@/server/auth";
import { ForgetOtherPeople } from "./forget-other-people";
import { QueuedCheckinGate } from "./queued-checkin-gate";
import { RegisterServiceWorker } from "./register-service-worker";

/** The installable app's pieces on every page: the service worker, offline check-ins, and forgetting the last person. */
export async function AppShell() {
  const userId = await currentUserId();
  return (
    <>
      <RegisterServiceWorker />
      <ForgetOtherPeople userId={userId} />
      {userId ? <QueuedCheckinGate userId={userId} /> : null}
    </>
  );
}
