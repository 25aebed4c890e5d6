"use client";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { SelfStartTemplate } from "@/contract/blocks";
import { useTRPC } from "../_trpc/client";
import { fieldErrorsOf, messageOf } from "../_trpc/errors";
import { useSubmitOnce } from "../_trpc/use-submit-once";

/**
 * "Start this" for one suggested reset. Starting while on their own self-started block asks first, and a second
 * press replaces it; a coach's block is refused by the server with the reason, shown here.
 */
export function StartOwnBlock({ template, startDate, reason, title }: { template: SelfStartTemplate; startDate: string; reason: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(trpc.blocks.startOwn.mutationOptions({ onSuccess: () => router.refresh() }));
  const once = useSubmitOnce();
  const replaceAsked = fieldErrorsOf(start.error).replaceOwn?.[0] ?? null;
  const go = (replaceOwn: boolean) => void once.run((idempotencyKey) => start.mutateAsync({ template, startDate, reason, replaceOwn, idempotencyKey }));

  return (
    <div className="space-y-2">
      {replaceAsked ? (
        <div role="alert" className="space-y-2 rounded-xl bg-stone-100 p-3 text-sm text-stone-900">
          <p>{start.error ? messageOf(start.error) : replaceAsked}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn-primary" disabled={once.pending} onClick={() => go(true)}>
              {once.pending ? "Starting…" : `Replace it with ${title}`}
            </button>
            <button type="button" className="btn-secondary" disabled={once.pending} onClick={() => start.reset()}>
              Keep my current block
            </button>
          </div>
        </div>
      ) : start.isSuccess ? (
        <p role="status" className="text-sm font-medium text-emerald-900">
          Started. <Link href="/today" className="underline">Follow it on Today</Link>.
        </p>
      ) : (
        <>
          <button type="button" className="btn-primary" disabled={once.pending} onClick={() => go(false)} aria-label={`Start this: ${title}`}>
            {once.pending ? "Starting…" : "Start this"}
          </button>
          {start.isError ? (
            <p role="alert" className="field-error">
              {messageOf(start.error)}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
