"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DELIVERY_CHANNEL_LABELS, NOTIFICATION_TOPIC_LABELS } from "@/app/_lib/labels/notifications";
import type { PreferencesInput } from "@/contract/preferences";
import { useToast } from "@/app/_components/ui/toast";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";
import { ReminderFields } from "./notification-preferences-times";

type Switches = PreferencesInput["switches"];

/** Which kinds reach you by which channel, plus reminder time, quiet hours and (coaches) the digest. */
export function NotificationPreferences() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const prefs = useQuery(trpc.preferences.get.queryOptions());
  const [edits, setEdits] = useState<Switches>([]);
  const [times, setTimes] = useState<Omit<PreferencesInput, "switches"> | null>(null);
  const save = useMutation(
    trpc.preferences.update.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.preferences.get.queryKey(), saved);
        setEdits([]);
        setTimes(null);
        toast("Notification choices saved");
      },
    }),
  );
  const once = useSubmitOnce();

  if (prefs.isPending) {
    return (
      <section className="card" aria-busy="true" aria-labelledby="notif-heading">
        <h2 id="notif-heading" className="text-lg font-semibold">Notifications</h2>
        <p className="mt-2 text-stone-700">Loading your notification choices…</p>
      </section>
    );
  }
  if (prefs.isError) {
    return (
      <section className="card" aria-labelledby="notif-heading">
        <h2 id="notif-heading" className="text-lg font-semibold">Notifications</h2>
        <p role="alert" className="mt-2 text-red-800">{messageOf(prefs.error)}</p>
      </section>
    );
  }

  const data = prefs.data;
  const current = times ?? { checkinReminder: data.checkinReminder, quietHours: data.quietHours, digestFrequency: data.digestFrequency };
  const isOn = (topic: string, channel: string, saved: boolean) => edits.find((e) => e.topic === topic && e.channel === channel)?.enabled ?? saved;
  const toggle = (s: Switches[number]) => setEdits((prev) => [...prev.filter((e) => !(e.topic === s.topic && e.channel === s.channel)), s]);
  const errors = save.isError ? fieldErrorsOf(save.error) : {};
  const topics = data.topics.filter((t) => t.topic !== "digests" || data.coaches);

  return (
    <form
      className="card space-y-5"
      aria-labelledby="notif-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void once.run(() => save.mutateAsync({ switches: edits, ...current }));
      }}
    >
      <div>
        <h2 id="notif-heading" className="text-lg font-semibold">Notifications</h2>
        <p className="mt-1 text-sm text-stone-700">Choose what reaches you, and how. Times are in your time zone, {data.timeZone.replaceAll("_", " ")}.</p>
      </div>
      <div className="divide-y divide-stone-200">
        {topics.map(({ topic, channels }) => (
          <fieldset key={topic} className="py-3" aria-describedby={`topic-${topic}-hint`}>
            <legend className="font-medium">{NOTIFICATION_TOPIC_LABELS[topic].name}</legend>
            <p id={`topic-${topic}-hint`} className="text-sm text-stone-700">{NOTIFICATION_TOPIC_LABELS[topic].hint}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              {channels.map(({ channel, enabled }) => (
                <label key={channel} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-stone-300 px-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input
                    type="checkbox"
                    name={`${topic}.${channel}`}
                    className="size-4 accent-brand-700"
                    checked={isOn(topic, channel, enabled)}
                    onChange={(e) => toggle({ topic, channel, enabled: e.target.checked })}
                  />
                  <span>{DELIVERY_CHANNEL_LABELS[channel]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <ReminderFields value={current} onChange={setTimes} errors={errors} coaches={data.coaches} />
      {save.isError && Object.keys(errors).length === 0 ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{messageOf(save.error)}</p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={once.pending}>
        {once.pending ? "Saving…" : "Save notifications"}
      </button>
    </form>
  );
}
