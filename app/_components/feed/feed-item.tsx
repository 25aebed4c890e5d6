"use client";
import { useState } from "react";
import type { RouterOutputs } from "@/app/_trpc/client";
import { CommentThread } from "./comment-thread";
import { formatDay } from "@/app/_lib/format";
import { BURNOUT_MESSAGE } from "@/app/_lib/labels";
import { ReactionBar } from "./reaction-bar";
import { VerdictBadge } from "./verdict-badge";

export type FeedItemData = RouterOutputs["feed"]["list"]["items"][number];

/** One shared check-in: who, when, the verdict and why, the honest update, reactions and comments. */
export function FeedItem({ clubId, item }: { clubId: string; item: FeedItemData }) {
  const [open, setOpen] = useState(false);
  const [commentCount, setCommentCount] = useState(item.commentCount);
  return (
    <article id={`checkin-${item.checkinId}`} aria-label={`${item.author.name}, ${formatDay(item.date)}`} className="card space-y-3">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <p className="font-semibold text-stone-900">{item.isMine ? `${item.author.name} (you)` : item.author.name}</p>
          <p className="text-sm text-stone-600">
            {formatDay(item.date)}
            {item.edited ? " · edited" : ""}
          </p>
        </div>
        <VerdictBadge verdict={item.verdict} />
      </header>
      {item.reasons.length ? <p className="text-sm text-stone-700">{item.reasons.join("; ")}</p> : null}
      {item.burnoutFlag ? (
        <p className="rounded-xl bg-violet-50 p-3 text-sm text-violet-950">
          <span className="font-semibold">Burnout flag. </span>
          {BURNOUT_MESSAGE}
        </p>
      ) : null}
      {item.note ? <p className="whitespace-pre-wrap break-words text-stone-900">{item.note}</p> : null}
      <ReactionBar clubId={clubId} checkinId={item.checkinId} initial={item.reactions} />
      <button
        type="button"
        className="min-h-11 text-sm font-medium text-brand-800 underline"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Hide comments" : `Comments (${commentCount})`}
      </button>
      {open ? <CommentThread clubId={clubId} checkinId={item.checkinId} onCountChange={(d) => setCommentCount((n) => n + d)} /> : null}
    </article>
  );
}
