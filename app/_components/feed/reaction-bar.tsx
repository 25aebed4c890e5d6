"use client";
import { useMutation } from "@tanstack/react-query";
import { clsx } from "clsx";
import { useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { messageOf } from "@/app/_trpc/errors";
import { useSubmitOnce } from "@/app/_trpc/use-submit-once";
import { REACTIONS } from "@/app/_lib/labels/reactions";
import { REACTION_KINDS, type ReactionKind } from "@/contract/values";

type Counts = Record<ReactionKind, { count: number; mine: boolean }>;

/** Cheer / been there / you've got this as one compact row of icon toggles with counts: one of each per person. */
export function ReactionBar({ clubId, checkinId, initial }: { clubId: string; checkinId: string; initial: Counts }) {
  const trpc = useTRPC();
  const [counts, setCounts] = useState(initial);
  // Fresh counts from the server (the feed re-read after a live event) replace what this bar had.
  const [from, setFrom] = useState(initial);
  if (from !== initial) {
    setFrom(initial);
    setCounts(initial);
  }
  const react = useMutation(
    trpc.feed.react.mutationOptions({
      onSuccess: (r) => setCounts((c) => ({ ...c, [r.kind]: { count: r.count, mine: r.active } })),
    }),
  );
  return (
    <>
      <div className="flex items-center gap-1" role="group" aria-label="Reactions">
        {REACTION_KINDS.map((kind) => (
          <ReactionButton key={kind} kind={kind} {...counts[kind]} onToggle={() => react.mutateAsync({ clubId, checkinId, kind })} />
        ))}
      </div>
      {react.isError ? (
        <p role="alert" className="field-error basis-full">
          {messageOf(react.error)}
        </p>
      ) : null}
    </>
  );
}

/** One reaction's toggle; its own guard, so a double click toggles once and the other reactions stay usable. */
function ReactionButton({ kind, count, mine, onToggle }: { kind: ReactionKind; count: number; mine: boolean; onToggle: () => Promise<unknown> }) {
  const once = useSubmitOnce();
  const { label, Icon } = REACTIONS[kind];
  return (
    <button
      type="button"
      aria-pressed={mine}
      disabled={once.pending}
      title={label}
      // The name stays "Cheer, 2 reactions" whoever reacted; aria-pressed says whether one is mine.
      aria-label={`${label}, ${count} ${count === 1 ? "reaction" : "reactions"}`}
      onClick={() => void once.run(onToggle)}
      // 40 px square at least, for a thumb, but only as wide as the icon and its count.
      className={clsx(
        "inline-flex min-h-10 min-w-10 items-center justify-center gap-1 rounded-full border px-2.5 text-sm font-semibold tabular-nums transition",
        mine ? "border-brand-700 bg-brand-50 text-brand-900" : "border-transparent text-stone-700 hover:bg-stone-100",
      )}
    >
      <Icon className="size-5" aria-hidden="true" strokeWidth={mine ? 2.5 : 2} />
      <span aria-hidden="true">{count}</span>
    </button>
  );
}
