import { and, eq } from "drizzle-orm";
import { pushSubscriptions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/** This browser stops receiving the user's pushes. Only the caller's own row goes; a second call changes nothing. */
export async function removeSubscription(db: DbOrTx, { userId, endpoint }: { userId: string; endpoint: string }) {
  const gone = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  return { removed: gone.length > 0 };
}

/**
 * Removes one of the user's devices from the list. Someone else's id changes nothing and answers the same as an id
 * already removed (a double click), so ids reveal nothing about other people's devices.
 */
export async function removeDevice(db: DbOrTx, { userId, deviceId }: { userId: string; deviceId: string }) {
  const gone = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.id, deviceId)))
    .returning({ id: pushSubscriptions.id });
  return { removed: gone.length > 0 };
}
