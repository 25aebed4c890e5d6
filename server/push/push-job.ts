import { defineJob } from "@/server/jobs/define-job";
import { pushMessage, type PushMessage } from "./push-message";
import { sendPush } from "./send-push";
import { vapid } from "./vapid";

/**
 * push.send: one message to each of a user's devices. Devices that failed for a passing reason (429, 5xx, no
 * answer) are retried with backoff; each device gets the message at most once per key (the onceKey, else the job).
 */
export const pushSendJob = defineJob<PushMessage>({
  name: "push.send",
  retryLimit: 5,
  retryDelaySec: 30,
  retryBackoff: true,
  handler: async (data, ctx) => {
    const msg = pushMessage.parse(data);
    await sendPush(ctx.db, msg, { vapid: vapid(), now: ctx.now, key: msg.onceKey ?? `job:${ctx.jobId}` });
  },
});
