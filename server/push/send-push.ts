import { and, eq, inArray } from "drizzle-orm";
import webpush from "web-push";
import { pushSubscriptions, sentDeliveries } from "@/db/schema";
import type { Db } from "@/db/client";
import { pushPayload, type PushMessage } from "./push-message";
import type { VapidDetails } from "./vapid";

// A day: a phone that is off overnight still gets the morning's reminder; older than that it is stale.
const TTL_SEC = 24 * 60 * 60;
const TIMEOUT_MS = 10_000;

/** Thrown when some device failed in a way worth retrying (the queue retries with backoff). */
export class PushRetryError extends Error {}

type Outcome = { id: string; result: "sent" | "gone" | "retry" | "refused" };

async function deliver(sub: typeof pushSubscriptions.$inferSelect, payload: string, vapid: VapidDetails): Promise<Outcome> {
  // web-push encrypts and signs; fetch sends, so a redirect or a slow service cannot hold the worker.
  const req = webpush.generateRequestDetails({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, payload, {
    vapidDetails: vapid,
    TTL: TTL_SEC,
  });
  try {
    const res = await fetch(req.endpoint, {
      method: req.method,
      headers: req.headers,
      body: req.body ? new Uint8Array(req.body) : null,
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (res.ok) return { id: sub.id, result: "sent" };
    // 404/410: the browser unsubscribed or the subscription expired; it will never work again.
    if (res.status === 404 || res.status === 410) return { id: sub.id, result: "gone" };
    if (res.status === 429 || res.status >= 500) return { id: sub.id, result: "retry" };
    console.warn(`[push] ${new URL(sub.endpoint).host} refused a push with ${res.status}; not retrying`);
    return { id: sub.id, result: "refused" };
  } catch {
    return { id: sub.id, result: "retry" };
  }
}

/**
 * Sends one message to every device of the user. Each device gets it at most once per key, even across retries:
 * a retry goes only to the devices that failed. A device answered 404/410 is removed; success stamps last_success_at.
 */
export async function sendPush(db: Db, msg: PushMessage, opts: { vapid: VapidDetails; now: Date; key: string }) {
  const subs = await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, msg.userId));
  if (subs.length === 0) return { sent: 0, removed: 0 };
  const keyOf = (id: string) => `push:${opts.key}:${id}`;
  const done = await db
    .select({ key: sentDeliveries.key })
    .from(sentDeliveries)
    .where(and(eq(sentDeliveries.userId, msg.userId), inArray(sentDeliveries.key, subs.map((s) => keyOf(s.id)))));
  const already = new Set(done.map((d) => d.key));
  const payload = pushPayload(msg);
  const outcomes = await Promise.all(subs.filter((s) => !already.has(keyOf(s.id))).map((s) => deliver(s, payload, opts.vapid)));

  const sent = outcomes.filter((o) => o.result === "sent").map((o) => o.id);
  const gone = outcomes.filter((o) => o.result === "gone").map((o) => o.id);
  await db.transaction(async (tx) => {
    if (sent.length) {
      await tx.update(pushSubscriptions).set({ lastSuccessAt: opts.now }).where(inArray(pushSubscriptions.id, sent));
      await tx
        .insert(sentDeliveries)
        .values(sent.map((id) => ({ userId: msg.userId, key: keyOf(id), createdAt: opts.now })))
        .onConflictDoNothing();
    }
    if (gone.length) await tx.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, gone));
  });
  const retry = outcomes.filter((o) => o.result === "retry").length;
  if (retry) throw new PushRetryError(`${retry} of ${subs.length} devices did not take the push; retrying`);
  return { sent: sent.length, removed: gone.length };
}
