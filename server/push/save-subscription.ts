import { and, desc, eq, notInArray, sql } from "drizzle-orm";
import { MAX_PUSH_DEVICES, type PushSubscribeInput } from "@/contract/push";
import { pushSubscriptions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { assertPushableEndpoint } from "./endpoint-policy";

/**
 * Saves this browser's subscription for the user. The endpoint is the browser's identity: subscribing again updates
 * its keys, and an endpoint someone else had (another account signed in on this browser) moves to the caller.
 */
export async function saveSubscription(db: DbOrTx, { userId, input }: { userId: string; input: PushSubscribeInput }) {
  assertPushableEndpoint(input.endpoint);
  const t = pushSubscriptions;
  return db.transaction(async (tx) => {
    const sameOwner = sql`${t.userId} = ${userId}::uuid`;
    const [row] = await tx
      .insert(t)
      .values({ userId, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth, label: input.label })
      .onConflictDoUpdate({
        target: t.endpoint,
        set: {
          userId,
          p256dh: input.keys.p256dh,
          auth: input.keys.auth,
          label: input.label,
          // A browser that changes hands is a new device for its new owner.
          createdAt: sql`case when ${sameOwner} then ${t.createdAt} else now() end`,
          lastSuccessAt: sql`case when ${sameOwner} then ${t.lastSuccessAt} else null end`,
        },
      })
      .returning({ id: t.id });
    // Keep the list bounded: the oldest devices beyond the cap make way.
    const keep = tx.select({ id: t.id }).from(t).where(eq(t.userId, userId)).orderBy(desc(t.createdAt), desc(t.id)).limit(MAX_PUSH_DEVICES);
    await tx.delete(t).where(and(eq(t.userId, userId), notInArray(t.id, keep)));
    return { id: row!.id };
  });
}
