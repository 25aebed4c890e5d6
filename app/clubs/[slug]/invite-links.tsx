"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrorsOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { INVITE_STATE_LABELS } from "@/app/_lib/labels/clubs";
import { formatDate } from "@/app/_lib/format";
import { lazyResolver, loadZodResolver } from "@/app/_lib/lazy-resolver";
import { ErrorNote } from "../_components/error-note";
import { LoadMore } from "../_components/load-more";
import type { InviteFormValues as Values } from "./invite-form-schema";

const DEFAULTS: Values = { label: "", expiresInDays: "7", maxUses: "" };
const resolver = lazyResolver(async () => (await loadZodResolver())((await import("./invite-form-schema")).inviteFormSchema));

export function InviteLinks({ clubId }: { clubId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useForm<Values>({ resolver, defaultValues: DEFAULTS });
  const { errors } = form.formState;
  const list = useInfiniteQuery(trpc.invites.list.infiniteQueryOptions({ clubId, limit: 10 }, { getNextPageParam: (last) => last.nextCursor }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invites.list.pathKey() });
  const create = useMutation(
    trpc.invites.create.mutationOptions({
      onSuccess: async (res) => {
        setCreated(`${window.location.origin}${res.path}`);
        setCopied(false);
        form.reset(DEFAULTS);
        await refresh();
      },
      onError: (error) => {
        for (const [field, messages] of Object.entries(fieldErrorsOf(error))) {
          // Only this form's own fields (its defaults hold every one).
          if (Object.hasOwn(DEFAULTS, field)) form.setError(field as keyof Values, { message: messages[0] });
        }
      },
    }),
  );
  const revoke = useMutation(trpc.invites.revoke.mutationOptions({ onSuccess: refresh }));
  const creating = useSubmitOnce();
  const invites = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="space-y-4">
      <form
        noValidate
        className="grid gap-3 sm:grid-cols-3"
        onSubmit={form.handleSubmit((v) =>
          creating.run((idempotencyKey) =>
            create.mutateAsync({
              clubId,
              label: v.label || undefined,
              expiresInDays: v.expiresInDays ? Number(v.expiresInDays) : null,
              maxUses: v.maxUses ? Number(v.maxUses) : null,
              idempotencyKey,
            }),
          ),
        )}
      >
        <div>
          <label htmlFor="invite-label" className="label">Label (optional)</label>
          <input id="invite-label" className="input" placeholder="e.g. Spring beginners" aria-invalid={errors.label ? true : undefined} {...form.register("label")} />
          {errors.label ? <p role="alert" className="field-error">{errors.label.message}</p> : null}
        </div>
        <div>
          <label htmlFor="invite-expiry" className="label">Expires after</label>
          <select id="invite-expiry" className="input" {...form.register("expiresInDays")}>
            <option value="1">1 day</option>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="">Never</option>
          </select>
        </div>
        <div>
          <label htmlFor="invite-max" className="label">Use limit (optional)</label>
          <input id="invite-max" className="input" inputMode="numeric" placeholder="No limit" aria-invalid={errors.maxUses ? true : undefined} {...form.register("maxUses")} />
          {errors.maxUses ? <p role="alert" className="field-error">{errors.maxUses.message}</p> : null}
        </div>
        <div className="sm:col-span-3">
          <button type="submit" className="btn-primary" disabled={creating.pending}>
            {creating.pending ? "Creating…" : "Create invite link"}
          </button>
        </div>
      </form>
      {create.isError && Object.keys(fieldErrorsOf(create.error)).length === 0 ? <ErrorNote error={create.error} /> : null}
      {created ? (
        <div className="space-y-2 rounded-xl border border-brand-200 bg-brand-50 p-3">
          <label htmlFor="new-invite-link" className="label">
            New invite link (copy it now: it won&apos;t be shown again)
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input id="new-invite-link" readOnly value={created} className="input font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              className="btn-secondary"
              onClick={() => void navigator.clipboard?.writeText(created).then(() => setCopied(true), () => setCopied(false))}
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      ) : null}
      {list.isPending ? (
        <p className="text-sm text-stone-600">Loading links…</p>
      ) : list.isError ? (
        <ErrorNote error={list.error} />
      ) : invites.length === 0 ? (
        <p className="text-sm text-stone-600">No invite links yet.</p>
      ) : (
        <ul className="divide-y divide-stone-100" aria-label="Invite links">
          {invites.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span className="min-w-0">
                <span className="font-medium">{i.label || `Link …${i.tokenHint}`}</span>
                <span className="block text-stone-600">
                  {INVITE_STATE_LABELS[i.state]} · used {i.uses}
                  {i.maxUses !== null ? ` of ${i.maxUses}` : ""}
                  {i.expiresAt ? ` · expires ${formatDate(i.expiresAt)}` : " · no expiry"}
                </span>
              </span>
              {i.state === "valid" ? <RevokeButton onRevoke={() => revoke.mutateAsync({ clubId, inviteId: i.id })} /> : null}
            </li>
          ))}
        </ul>
      )}
      <ErrorNote error={revoke.error} />
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} />
    </div>
  );
}

/** Each link's revoke has its own guard: a double click sends once, and other links stay revocable. */
function RevokeButton({ onRevoke }: { onRevoke: () => Promise<unknown> }) {
  const once = useSubmitOnce();
  return (
    <button type="button" className="btn-secondary" disabled={once.pending} onClick={() => void once.run(onRevoke)}>
      Revoke
    </button>
  );
}
