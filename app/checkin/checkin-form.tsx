"use client";
import { useMutation } from "@tanstack/react-query";
import { CloudOff } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrorsOf, messageOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { lazyResolver, loadZodResolver } from "@/app/_lib/lazy-resolver";
import { BodyFields } from "./body-fields";
import { DetailFields } from "./detail-fields";
import { DraftNotice } from "./draft-notice";
import { defaultsOf, errorReader, type FormData, type In, type Out } from "./form-values";
import { isConnectionFailure } from "./offline-queue";
import { ShareFields } from "./share-fields";
import { useCheckinDraft } from "./use-checkin-draft";
import { useQueuedCheckin } from "./use-queued-checkin";
import { VerdictResult, type VerdictResultData } from "./verdict-result";
import { WellnessFields } from "./wellness-fields";

const resolver = lazyResolver(async () => (await loadZodResolver())((await import("@/contract/checkins")).checkinInput));

export function CheckinForm({ data, userId }: { data: FormData; userId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const defaults = useMemo(() => defaultsOf(data), [data]);
  const form = useForm<In, unknown, Out>({ resolver, defaultValues: defaults });
  const err = errorReader(form.formState.errors);
  const [result, setResult] = useState<VerdictResultData | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const draft = useCheckinDraft(form, { userId, date: data.date, defaults });
  const showResult = (saved: VerdictResultData) => {
    draft.forget();
    setResult(saved);
    router.refresh();
  };
  const queue = useQueuedCheckin(form, { userId, date: data.date, onSent: showResult });
  const save = useMutation(
    trpc.checkins.save.mutationOptions({
      // React Query would hold the save while the browser says it is offline; it must fail, so the phone keeps it.
      networkMode: "always",
      onError: (error) => {
        for (const [field, messages] of Object.entries(fieldErrorsOf(error))) form.setError(field as keyof In, { message: messages[0] });
      },
    }),
  );
  // One key per check-in until it is saved: a retry, or the copy queued on this phone, is the same write to the server.
  const once = useSubmitOnce();
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const submit = form.handleSubmit((values) =>
    once.run(async (idempotencyKey) => {
      try {
        const saved = await save.mutateAsync({ ...values, idempotencyKey });
        await queue.settle();
        showResult(saved);
      } catch (error) {
        if (!isConnectionFailure(error)) throw error;
        // No connection: kept on this phone with this key, and sent by the app when the connection returns.
        await queue.keep({ input: values, idempotencyKey });
        draft.forget();
        save.reset();
      }
    }),
  );

  if (result) {
    return (
      <div className="space-y-4">
        <VerdictResult result={result} headingRef={resultHeading} />
        <button type="button" className="btn-secondary" onClick={() => setResult(null)}>
          Edit this check-in
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {draft.restored && queue.state === "none" ? <DraftNotice onDiscard={draft.discard} /> : null}
      {queue.state === "refused" ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          This check-in was saved on this phone, but it couldn&apos;t be sent as it is. Change what&apos;s marked and save again.
        </p>
      ) : null}
      <WellnessFields form={form} err={err} />
      <BodyFields form={form} err={err} />
      <DetailFields form={form} err={err} distanceUnit={data.distanceUnit} />
      <ShareFields form={form} err={err} clubs={data.clubs} />

      {err("date") ? <p role="alert" className="field-error">{err("date")}</p> : null}
      {save.isError && Object.keys(fieldErrorsOf(save.error)).length === 0 ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{messageOf(save.error)}</p>
      ) : null}
      {queue.state === "waiting" ? (
        <p role="status" className="flex items-start gap-2 rounded-xl bg-brand-50 p-3 text-sm text-brand-900">
          <CloudOff aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          Saved on this phone — it will send when you&apos;re online.
        </p>
      ) : null}
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={once.pending}>
        {once.pending ? "Saving…" : data.existing ? "Update check-in" : "Save check-in"}
      </button>
    </form>
  );
}
