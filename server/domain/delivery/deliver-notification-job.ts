import { defineJob } from "@/server/jobs/define-job";
import { enqueue } from "@/server/jobs/enqueue";
import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Db } from "@/db/client";
import { claimDelivery } from "./claim-delivery";
import { loadRecipients } from "./load-recipients";
import { channelEnabled, quietUntil } from "./preferences";
import { sendOut } from "./send-out";
import { topicOfKind } from "./topic-of-kind";

export type DeliverNotificationData = { notificationId: string; userId: string; kind: string; title: string; body: string; href: string | null;
  /** Whether a bell row was written: if it has since been read or taken back, email and push are no longer needed. */
  inApp: boolean;
};

/**
 * Takes one in-app notification out to email and push, as the user's preferences say at the time it runs. Inside
 * quiet hours it puts itself off until they end; the claim in sent_deliveries makes a rerun send nothing twice.
 */
export const deliverNotificationJob = defineJob<DeliverNotificationData>({
  name: "delivery.notification",
  retryLimit: 5,
  retryBackoff: true,
  handler: async (data, { db, now }) => {
    const topic = topicOfKind(data.kind);
    const user = (await loadRecipients(db, [data.userId])).get(data.userId);
    if (!user) return; // the account was deleted meanwhile
    const channels = { email: channelEnabled(user.overrides, topic, "email"), push: channelEnabled(user.overrides, topic, "push") };
    if (!channels.email && !channels.push) return;
    if (data.inApp && !(await stillUnread(db, data.notificationId))) return;
    const until = quietUntil(user, now);
    if (until) {
      await enqueue(db, deliverNotificationJob, data, { startAfter: until, singletonKey: `${data.notificationId}@${until.toISOString()}` });
      return;
    }
    await db.transaction(async (tx) => {
      if (!(await claimDelivery(tx, data.userId, `notification:${data.notificationId}`))) return;
      await sendOut(tx, { userId: data.userId, topic, title: data.title, body: data.body, href: data.href, onceKey: `notification:${data.notificationId}` }, channels);
    });
  },
});

async function stillUnread(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.id, id), isNull(notifications.readAt)));
  return row !== undefined;
}
