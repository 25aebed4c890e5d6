import { defineJob } from "@/server/jobs/define-job";
import { enqueue } from "@/server/jobs/enqueue";
import { claimDelivery } from "./claim-delivery";
import { loadRecipients } from "./load-recipients";
import { channelEnabled, quietUntil } from "./preferences";
import { sendOut } from "./send-out";
import { topicOfKind } from "./topic-of-kind";

export type DeliverNotificationData = { notificationId: string; userId: string; kind: string; title: string; body: string; href: string | null };

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
