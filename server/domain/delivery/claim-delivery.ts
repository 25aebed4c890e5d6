import { sentDeliveries } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/**
 * Claims "send this to this user" once: true for the first caller only. Run it in the transaction that queues the
 * message, so a rolled-back send frees the claim and a doubled job sends nothing more.
 */
export async function claimDelivery(db: DbOrTx, userId: string, key: string): Promise<boolean> {
  const claimed = await db.insert(sentDeliveries).values({ userId, key }).onConflictDoNothing().returning({ key: sentDeliveries.key });
  return claimed.length > 0;
}
