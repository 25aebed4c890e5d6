import { desc, eq } from "drizzle-orm";
import { MAX_PUSH_DEVICES } from "@/contract/push";
import { pushSubscriptions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/** The user's own devices, newest first; saveSubscription keeps them to MAX_PUSH_DEVICES, so one page is all of them. */
export async function listDevices(db: DbOrTx, userId: string) {
  const t = pushSubscriptions;
  return db
    .select({ id: t.id, label: t.label, endpoint: t.endpoint, createdAt: t.createdAt, lastSuccessAt: t.lastSuccessAt })
    .from(t)
    .where(eq(t.userId, userId))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(MAX_PUSH_DEVICES);
}
