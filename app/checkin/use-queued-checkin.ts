"use client";
import { useCallback, useEffect, useState } from "react";
import type { CheckinFormApi, In } from "./form-values";
import { QUEUE_CHANGED, queueCheckin, queuedOn, removeQueued, type QueuedCheckin } from "./offline-queue";
import { CHECKIN_SENT, claimSent, type SentCheckin } from "./send-queued";
import type { VerdictResultData } from "./verdict-result";

export type QueueState = "none" | "waiting" | "refused";

/**
 * This day's check-in saved on this phone: shows it waiting, puts a refused one back in the form with the server's
 * field errors, and shows the verdict when the app (on this page or any other tab) sends it.
 */
export function useQueuedCheckin(form: CheckinFormApi, { userId, date, onSent }: { userId: string; date: string; onSent: (r: VerdictResultData) => void }) {
  const [state, setState] = useState<QueueState>("none");

  useEffect(() => {
    let live = true;
    const read = async () => {
      const item = await queuedOn(userId, date).catch(() => undefined);
      if (!live) return;
      if (!item) return setState((s) => (s === "waiting" ? s : "none"));
      form.reset(item.input as In, { keepDefaultValues: true });
      if (item.fieldErrors) {
        for (const [field, messages] of Object.entries(item.fieldErrors)) form.setError(field as keyof In, { message: messages[0] });
      }
      setState(item.fieldErrors ? "refused" : "waiting");
    };
    const sent = (event: Event) => {
      const { item, result } = (event as CustomEvent<SentCheckin>).detail;
      if (item.userId !== userId || item.input.date !== date) return;
      event.preventDefault();
      setState("none");
      onSent(result);
    };
    const early = claimSent(userId, date);
    if (early) onSent(early.result);
    else void read();
    window.addEventListener(QUEUE_CHANGED, read);
    window.addEventListener(CHECKIN_SENT, sent);
    return () => {
      live = false;
      window.removeEventListener(QUEUE_CHANGED, read);
      window.removeEventListener(CHECKIN_SENT, sent);
    };
    // onSent is the form's setter wrapper; the person and day are fixed for this component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId, date]);

  const keep = useCallback(async (item: Omit<QueuedCheckin, "userId" | "savedAt">) => {
    await queueCheckin({ ...item, userId, savedAt: new Date().toISOString() });
    setState("waiting");
  }, [userId]);

  /** A save that reached the server replaces whatever this phone still held for the day. */
  const settle = useCallback(async () => {
    setState("none");
    await removeQueued({ userId, input: { date } as QueuedCheckin["input"] }).catch(() => undefined);
  }, [userId, date]);

  return { state, keep, settle };
}
