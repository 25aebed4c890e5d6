"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { messageOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { REACTIONS } from "@/app/_lib/labels";
import { REACTION_KINDS, type ReactionKind } from "@/contract/values";

type Counts = Record<ReactionKind, { count: number; mine: boolean }>;

/** Cheer / been there / you've got this: one of each per person, toggled. */
export function ReactionBar({ clubId, checkinId, initial }: { clubId: string; checkinId: string; initial: Counts }) {
  const trpc = useTRPC();
  const [counts, setCounts] = useState(initial);
  const react = useMutation(
    trpc.feed.react.mutationOptions({
      onSuccess: (r) => setCounts((c) => ({ ...c, [r.kind]: { count: r.count, mine: r.active } })),
    }),
  );
  return (
    <div>
      <div className="flex flex-wrap gap-2" role="group" aria-label="Reactions">
        {REACTION_KINDS.map((kind) => (
          <ReactionButton key={kind} kind={kind} {...counts[kind]} onToggle={() => react.mutateAsync({ clubId, checkinId, kind })} />
        ))}
      </div>
      {react.isError ? (
        <p role="alert" className="field-error">
          {messageOf(react.error)}
        </p>
      ) : null}
    </div>
  );
}

/** One reaction's toggle; its own guard, so a double click toggles once and the other reactions stay usable. */
function ReactionButton({ kind, count, mine, onToggle }: { kind: ReactionKind; count: number; mine: boolean; onToggle: () => Promise<unknown> }) {
  const once = useSubmitOnce();
  return (
    <button
      type="button"
      aria-pressed={mine}
      disabled={once.pending}
      onClick={() => void once.run(onToggle)}
      className={`inline-flex min-h-11 items-center gap-1.5 rounded-full border px-3 text-sm font-medium transition ${
        mine ? "border-brand-700 bg-brand-50 text-brand-900" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"
      }`}
    >
      <span aria-hidden="true">{REACTIONS[kind].emoji}</span>
      <span>{REACTIONS[kind].label}</span>
      <span className="tabular-nums" aria-label={`${count} ${count === 1 ? "reaction" : "reactions"}${mine ? ", including yours" : ""}`}>
        {count}
      </span>
    </button>
  );
}
