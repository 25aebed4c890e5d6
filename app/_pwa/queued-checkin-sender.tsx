"use client";
import { useMutation } from "@tanstack/react-query";
import { X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useEffectEvent, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { VerdictBadge } from "@/app/_components/feed/verdict-badge";
import { formatDay } from "@/app/_lib/format";
import { QUEUE_CHANGED, queuedFor, type QueuedCheckin } from "@/app/checkin/offline-queue";
import { CHECKIN_CLAIMED, CHECKIN_SENT, sendQueued, type SentCheckin } from "@/app/checkin/send-queued";
import type { Verdict } from "@/contract/values";

type Notice = { kind: "sent"; date: string; verdict: Verdict } | { kind: "refused"; date: string };

/**
 * Sends the signed-in person's offline check-ins when the app loads and whenever the connection returns, on any page.
 * The check-in form shows a sent verdict itself; on other pages a small notice says it went, or that one needs a change.
 */
export function QueuedCheckinSender({ userId }: { userId: string }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.checkins.save.mutationOptions({ networkMode: "always" }));
  const pathname = usePathname();
  const [notice, setNotice] = useState<Notice | null>(null);
  const send = useEffectEvent(() => void sendQueued(userId, (input) => save.mutateAsync(input)).catch(() => undefined));
  // On the check-in page the form itself shows a refused check-in with its field errors.
  const showRefused = useEffectEvent((queued: QueuedCheckin[]) => {
    const refused = queued.find((q) => q.fieldErrors);
    if (refused && !pathname.startsWith("/checkin")) setNotice({ kind: "refused", date: refused.input.date });
  });

  useEffect(() => {
    const checkRefused = () => void queuedFor(userId).then(showRefused, () => undefined);
    send();
    checkRefused();
    const onSent = (event: Event) => {
      const { item, result } = (event as CustomEvent<SentCheckin>).detail;
      // The form's listener may be added after this one; let every listener run before deciding.
      queueMicrotask(() => {
        if (!event.defaultPrevented) setNotice({ kind: "sent", date: item.input.date, verdict: result.verdict });
      });
    };
    // A form that hydrated after the send shows the verdict itself; this notice would only repeat it.
    const onClaimed = (event: Event) => {
      const { item } = (event as CustomEvent<SentCheckin>).detail;
      setNotice((n) => (n?.kind === "sent" && n.date === item.input.date ? null : n));
    };
    window.addEventListener("online", send);
    window.addEventListener(CHECKIN_SENT, onSent);
    window.addEventListener(CHECKIN_CLAIMED, onClaimed);
    window.addEventListener(QUEUE_CHANGED, checkRefused);
    return () => {
      window.removeEventListener("online", send);
      window.removeEventListener(CHECKIN_SENT, onSent);
      window.removeEventListener(CHECKIN_CLAIMED, onClaimed);
      window.removeEventListener(QUEUE_CHANGED, checkRefused);
    };
  }, [userId]);

  if (!notice) return null;
  return (
    <div role="status" className="fixed inset-x-0 top-20 z-40 mx-auto w-[min(28rem,calc(100%-2rem))]">
      <div className="card flex items-start gap-3 shadow-lg">
        <p className="flex-1 text-sm text-stone-800">
          {notice.kind === "sent" ? (
            <>
              Your check-in for {formatDay(notice.date)}, saved on this phone, was sent: <VerdictBadge verdict={notice.verdict} />{" "}
              <Link href={`/checkin?date=${notice.date}`} className="font-medium text-brand-800 underline">See why</Link>
            </>
          ) : (
            <>
              Your check-in for {formatDay(notice.date)}, saved on this phone, needs a change before it can be sent.{" "}
              <Link href={`/checkin?date=${notice.date}`} className="font-medium text-brand-800 underline">Open it</Link>
            </>
          )}
        </p>
        <button type="button" className="rounded-lg p-1 text-stone-600 hover:bg-stone-100" aria-label="Dismiss" onClick={() => setNotice(null)}>
          <X aria-hidden="true" className="size-5" />
        </button>
      </div>
    </div>
  );
}
