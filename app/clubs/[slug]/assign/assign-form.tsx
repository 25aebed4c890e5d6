"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ON_EXISTING_LABELS } from "@/app/_lib/labels/blocks";
import { THREAD_MESSAGE_MAX } from "@/contract/limits";
import { ON_EXISTING_BLOCK, type OnExistingBlock } from "@/contract/values";
import { useTRPC } from "../../../_trpc/client";
import { fieldErrorsOf, messageOf } from "../../../_trpc/errors";
import { useSubmitOnce } from "../../../_trpc/use-submit-once";

type Athlete = { id: string; name: string; onBlock: boolean };
type TemplateOption = { value: string; name: string; days: number; builtIn: boolean; description: string };

export function AssignForm({
  clubId,
  slug,
  templates,
  athletes: initialAthletes,
  initial,
}: {
  clubId: string;
  slug: string;
  templates: TemplateOption[];
  athletes: Athlete[];
  initial: { athleteIds: string[]; template: string; startDate: string; reasonCheckinId: string | null };
}) {
  const trpc = useTRPC();
  const [selected, setSelected] = useState<Set<string>>(new Set(initial.athleteIds));
  const [known, setKnown] = useState<Map<string, Athlete>>(new Map(initialAthletes.map((a) => [a.id, a])));
  const [search, setSearch] = useState("");
  const [template, setTemplate] = useState(initial.template);
  const [startDate, setStartDate] = useState(initial.startDate);
  const [note, setNote] = useState("");
  const [message, setMessage] = useState("");
  const [reason, setReason] = useState(initial.reasonCheckinId ? "Flagged by a recent check-in" : "");
  const [onExisting, setOnExisting] = useState<OnExistingBlock | null>(null);
  const found = useQuery({ ...trpc.blocks.assignable.queryOptions({ clubId, search, limit: 50 }), enabled: search.trim().length > 0 });
  const assign = useMutation(trpc.blocks.assign.mutationOptions());
  const once = useSubmitOnce();
  const errors = assign.error ? fieldErrorsOf(assign.error) : {};
  const conflict = assign.error && (assign.error.data as { code?: string } | undefined)?.code === "CONFLICT";
  const err = (k: string) => errors[k]?.[0];
  const chosenTemplate = templates.find((t) => t.value === template);

  const list = search.trim() && found.data ? found.data : [...known.values()];
  const toggle = (a: Athlete) => {
    const next = new Set(selected);
    if (next.has(a.id)) next.delete(a.id);
    else next.add(a.id);
    setSelected(next);
    setKnown(new Map(known).set(a.id, a));
  };

  if (assign.isSuccess) {
    const r = assign.data;
    return (
      <div className="card space-y-3" role="status">
        <p className="text-lg font-semibold">
          {r.created.length === 0 ? "Nothing new was assigned." : `Assigned to ${r.created.length} athlete${r.created.length === 1 ? "" : "s"}.`}
        </p>
        {r.replaced.length ? <p className="text-stone-700">Replaced {r.replaced.length} earlier block{r.replaced.length === 1 ? "" : "s"}.</p> : null}
        {r.kept.length ? <p className="text-stone-700">Kept {r.kept.length} existing block{r.kept.length === 1 ? "" : "s"} as they were.</p> : null}
        <Link href={`/clubs/${slug}/dashboard`} className="btn-primary">
          Back to the dashboard
        </Link>
      </div>
    );
  }

  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void once.run((idempotencyKey) =>
          assign.mutateAsync({
            clubId,
            athleteIds: [...selected],
            template,
            startDate,
            note,
            reason,
            reasonCheckinId: initial.reasonCheckinId,
            message,
            onExisting: onExisting ?? undefined,
            idempotencyKey,
          }),
        );
      }}
    >
      <fieldset className="card space-y-3">
        <legend className="text-lg font-semibold">Athletes</legend>
        <div>
          <label htmlFor="athlete-search" className="label">Find an athlete</label>
          <input id="athlete-search" type="search" className="input" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Type a name" />
        </div>
        {list.length === 0 ? (
          <p className="text-sm text-stone-600">{search ? "No members match." : "This club has no members to assign to yet."}</p>
        ) : (
          <ul className="max-h-80 space-y-1 overflow-y-auto">
            {list.map((a) => (
              <li key={a.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl px-2 hover:bg-stone-50">
                  <input type="checkbox" className="size-5 accent-brand-700" checked={selected.has(a.id)} onChange={() => toggle(a)} />
                  <span className="break-words">{a.name}</span>
                  {a.onBlock ? <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">on a block</span> : null}
                </label>
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-stone-700">{selected.size} selected</p>
        {err("athleteIds") ? <p role="alert" className="field-error">{err("athleteIds")}</p> : null}
      </fieldset>

      <div className="card space-y-4">
        <div>
          <label htmlFor="template" className="label">Template</label>
          <select id="template" className="input" value={template} aria-invalid={err("template") ? true : undefined} onChange={(e) => setTemplate(e.target.value)}>
            <option value="">Choose a template</option>
            {templates.map((t) => (
              <option key={t.value} value={t.value}>
                {t.name} ({t.days} days{t.builtIn ? "" : ", club"})
              </option>
            ))}
          </select>
          {chosenTemplate?.description ? <p className="mt-1 text-sm text-stone-600">{chosenTemplate.description}</p> : null}
          {err("template") ? <p role="alert" className="field-error">{err("template")}</p> : null}
        </div>
        <div>
          <label htmlFor="startDate" className="label">Start date</label>
          <input id="startDate" type="date" className="input" value={startDate} aria-invalid={err("startDate") ? true : undefined} onChange={(e) => setStartDate(e.target.value)} />
          {err("startDate") ? <p role="alert" className="field-error">{err("startDate")}</p> : null}
        </div>
        <div>
          <label htmlFor="note" className="label">Note to the athlete (optional)</label>
          <textarea id="note" className="input" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div>
          <label htmlFor="reason" className="label">Reason (optional)</label>
          <input id="reason" className="input" maxLength={300} value={reason} onChange={(e) => setReason(e.target.value)} />
          {initial.reasonCheckinId ? <p className="mt-1 text-sm text-stone-600">Linked to the check-in that flagged this athlete.</p> : null}
          {err("reasonCheckinId") ? <p role="alert" className="field-error">{err("reasonCheckinId")}</p> : null}
        </div>
        <div>
          <label htmlFor="message" className="label">Say why, in their check-in thread (optional)</label>
          <textarea
            id="message"
            className="input"
            rows={3}
            maxLength={THREAD_MESSAGE_MAX + 100}
            value={message}
            aria-invalid={err("message") ? true : undefined}
            aria-describedby="message-hint"
            onChange={(e) => setMessage(e.target.value)}
          />
          <p id="message-hint" className="mt-1 text-sm text-stone-600">
            A private word in the thread on {initial.reasonCheckinId ? "the check-in that flagged this athlete" : "each athlete's latest check-in shared with coaches"}, so the reason arrives with the block.
          </p>
          {err("message") ? <p role="alert" className="field-error">{err("message")}</p> : null}
        </div>
      </div>

      {conflict || onExisting ? (
        <fieldset className="card space-y-2 border-amber-300">
          <legend className="font-semibold">Already on a block</legend>
          {conflict ? <p role="alert" className="text-stone-800">{messageOf(assign.error)}</p> : null}
          {ON_EXISTING_BLOCK.map((value) => (
            <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input type="radio" name="onExisting" className="size-5 accent-brand-700" checked={onExisting === value} onChange={() => setOnExisting(value)} />
              {ON_EXISTING_LABELS[value]}
            </label>
          ))}
        </fieldset>
      ) : null}

      {assign.isError && !conflict && Object.keys(errors).length === 0 ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">{messageOf(assign.error)}</p>
      ) : null}
      <button type="submit" className="btn-primary" disabled={once.pending}>
        {once.pending ? "Assigning…" : selected.size > 1 ? `Assign to ${selected.size} athletes` : "Assign block"}
      </button>
    </form>
  );
}
