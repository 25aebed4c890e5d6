"use client";
// Check-ins saved on this phone while offline (IndexedDB, through idb-keyval), one per person and day. Each keeps the
// idempotency key of its first try, so however often it is sent (reconnects, reloads, two tabs) the server writes once.
import { TRPCClientError } from "@trpc/client";
import { createStore, del, get, set, values } from "idb-keyval";
import type { SaveCheckinInput } from "@/contract/checkins";

export type QueuedCheckin = {
  input: SaveCheckinInput;
  idempotencyKey: string;
  userId: string;
  savedAt: string;
  /** Set when the server refused it (e.g. the day is now too far back): shown in the form, never dropped. */
  fieldErrors?: Record<string, string[]>;
};

/** Fired on window when a queued check-in was sent (detail: the item and the server's answer) or refused. */
export const QUEUE_CHANGED = "rf:checkin-queue-changed";

let store: ReturnType<typeof createStore> | null = null;
const queueStore = () => (store ??= createStore("run-forward", "checkin-queue"));
const keyOf = (userId: string, date: string) => `${userId}:${date}`;

/** No answer from the server at all: no connection, or it dropped. A refusal (validation, rights) is not this. */
export function isConnectionFailure(error: unknown): boolean {
  if (typeof navigator !== "undefined" && !navigator.onLine) return true;
  if (error instanceof TypeError) return true;
  return error instanceof TRPCClientError && error.data == null && error.cause instanceof TypeError;
}

export async function queueCheckin(item: QueuedCheckin) {
  await set(keyOf(item.userId, item.input.date), item, queueStore());
  window.dispatchEvent(new Event(QUEUE_CHANGED));
}

/** This person's queued check-ins, oldest first. Other people's stay hidden and unsent. */
export async function queuedFor(userId: string): Promise<QueuedCheckin[]> {
  const all = await values<QueuedCheckin>(queueStore());
  return all.filter((q) => q.userId === userId).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function queuedCount(): Promise<number> {
  return (await values(queueStore())).length;
}

export async function queuedOn(userId: string, date: string): Promise<QueuedCheckin | undefined> {
  return get<QueuedCheckin>(keyOf(userId, date), queueStore());
}

export async function removeQueued(item: Pick<QueuedCheckin, "userId" | "input">) {
  await del(keyOf(item.userId, item.input.date), queueStore());
  window.dispatchEvent(new Event(QUEUE_CHANGED));
}

export async function markRefused(item: QueuedCheckin, fieldErrors: Record<string, string[]>) {
  await set(keyOf(item.userId, item.input.date), { ...item, fieldErrors }, queueStore());
  window.dispatchEvent(new Event(QUEUE_CHANGED));
}
