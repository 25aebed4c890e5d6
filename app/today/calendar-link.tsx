"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatDate } from "@/app/_lib/format";
import { useTRPC } from "../_trpc/client";
import { messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";
import { CalendarUrlActions } from "./calendar-url-actions";

/** The private calendar URL: shown once when made, since only its hash is kept; rotate or revoke any time. */
export function CalendarLink() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.blocks.calendarStatus.queryOptions());
  const [url, setUrl] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.blocks.calendarStatus.queryKey() });
  const rotate = useMutation(
    trpc.blocks.rotateCalendar.mutationOptions({
      onSuccess: ({ token }) => {
        setUrl(`${window.location.origin}/calendar/${token}`);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.blocks.revokeCalendar.mutationOptions({
      onSuccess: () => {
        setUrl(null);
        void refresh();
      },
    }),
  );
  const active = status.data?.active ?? false;
  const error = rotate.error ?? revoke.error;
  // Making a new link and turning it off act on the same link: one at a time.
  const once = useSubmitOnce();

  return (
    <section aria-labelledby="calendar-heading" className="card space-y-3">
      <h2 id="calendar-heading" className="text-lg font-semibold">
        Your plan in your calendar
      </h2>
      <p className="text-sm text-stone-700">
        A private link you can add to Google Calendar, Apple Calendar or Outlook (&ldquo;subscribe from URL&rdquo;). Anyone with the link can
        see your plan, so keep it to yourself.
      </p>
      {url ? (
        <div className="space-y-2">
          <label htmlFor="calendar-url" className="label">
            Your calendar link (copy it now; it is shown only once)
          </label>
          <input id="calendar-url" className="input font-mono text-sm" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <CalendarUrlActions url={url} />
        </div>
      ) : status.isPending ? (
        <p className="text-sm text-stone-600">Checking your link…</p>
      ) : active ? (
        <p className="text-sm text-stone-700">
          You have a live link{status.data?.createdAt ? `, made ${formatDate(status.data.createdAt)}` : ""}. Lost it? Make a new one; the old one stops working.
        </p>
      ) : (
        <p className="text-sm text-stone-700">You have no calendar link.</p>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {messageOf(error)}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-primary" disabled={once.pending} onClick={() => void once.run(() => rotate.mutateAsync())}>
          {active || url ? "Make a new link" : "Make a calendar link"}
        </button>
        {active || url ? (
          <button type="button" className="btn-secondary" disabled={once.pending} onClick={() => void once.run(() => revoke.mutateAsync())}>
            Turn off the link
          </button>
        ) : null}
      </div>
    </section>
  );
}
