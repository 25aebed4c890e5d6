import type { DbOrTx } from "@/db/client";
import { enqueue } from "@/server/jobs/enqueue";
import { pushSendJob } from "./push-job";
import { pushMessage, type PushMessage } from "./push-message";

/**
 * Queues a push to every device of the user (the push.send job). Given a transaction, the job is queued in it, so a
 * rolled-back write pushes nothing. The same onceKey for the same user is queued and delivered once.
 */
export async function queuePush(db: DbOrTx, msg: PushMessage): Promise<void> {
  const checked = pushMessage.parse(msg);
  await enqueue(db, pushSendJob, checked, checked.onceKey ? { singletonKey: `${checked.userId}:${checked.onceKey}` } : {});
}
