"use client";
// Sends this person's queued check-ins, one tab at a time (Web Locks), each with its own first idempotency key.
import { fieldErrorsOf, messageOf } from "@/app/_trpc/errors";
import type { SaveCheckinInput } from "@/contract/checkins";
import type { VerdictResultData } from "./verdict-result";
import { isConnectionFailure, markRefused, queuedFor, removeQueued, type QueuedCheckin } from "./offline-queue";

export type SentCheckin = { item: QueuedCheckin; result: VerdictResultData };
/** Fired on window, cancelable: the check-in form shows the verdict itself and cancels it; elsewhere a notice shows. */
export const CHECKIN_SENT = "rf:checkin-sent";
/** Fired on window when a check-in form takes up a sent verdict that no form was there to show when it arrived. */
export const CHECKIN_CLAIMED = "rf:checkin-claimed";

// A send can finish before the check-in form has hydrated (the page streams in after the shell): its verdict waits
// here for the form, which takes it on mount, instead of only showing as a notice over the form.
const unclaimed = new Map<string, SentCheckin>();
const keyOf = (userId: string, date: string) => `${userId}:${date}`;

/** The verdict of this day's check-in if it was sent while no form showed it; each is handed out once. */
export function claimSent(userId: string, date: string): SentCheckin | undefined {
  const key = keyOf(userId, date);
  const sent = unclaimed.get(key);
  if (!sent) return undefined;
  unclaimed.delete(key);
  window.dispatchEvent(new CustomEvent<SentCheckin>(CHECKIN_CLAIMED, { detail: sent }));
  return sent;
}

type Save = (input: SaveCheckinInput & { idempotencyKey: string }) => Promise<VerdictResultData>;

async function withQueueLock(run: () => Promise<void>) {
  // Without Web Locks (plain http on a LAN) the idempotency key still keeps a double send to one write.
  if (typeof navigator === "undefined" || !navigator.locks) return run();
  await navigator.locks.request("rf-checkin-queue", run);
}

/** Sends what is queued for userId; stops at the first connection failure and leaves the rest for later. */
export async function sendQueued(userId: string, save: Save): Promise<void> {
  if (!navigator.onLine) return;
  await withQueueLock(async () => {
    // Read inside the lock: another tab may have sent and removed them a moment ago.
    for (const item of await queuedFor(userId)) {
      if (item.fieldErrors) continue;
      try {
        const result = await save({ ...item.input, idempotencyKey: item.idempotencyKey });
        await removeQueued(item);
        const sent = { item, result };
        const shown = !window.dispatchEvent(new CustomEvent<SentCheckin>(CHECKIN_SENT, { detail: sent, cancelable: true }));
        if (!shown) unclaimed.set(keyOf(userId, item.input.date), sent);
      } catch (error) {
        if (isConnectionFailure(error)) return;
        const fields = fieldErrorsOf(error);
        await markRefused(item, Object.keys(fields).length ? fields : { date: [messageOf(error)] });
      }
    }
  });
}
