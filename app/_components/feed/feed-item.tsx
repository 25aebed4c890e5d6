"use client";
import { clsx } from "clsx";
import { MessageCircle } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Avatar } from "@/app/_components/avatar";
import type { RouterOutputs } from "@/app/_trpc/client";
import { formatDay, formatRecentDay } from "@/app/_lib/format";
import { BURNOUT_MESSAGE } from "@/app/_lib/labels/checkin";
import type { DistanceUnit } from "@/contract/values";
import { ReactionBar } from "./reaction-bar";
import { RunStats } from "./run-stats";
import { VerdictBadge } from "./verdict-badge";

export type FeedItemData = RouterOutputs["feed"]["list"]["items"][number];

// The comment thread (its form, the message field, the delete dialog) is code for the few posts whose comments get
// opened: it loads on first use, not with the feed, so the page hydrates without it. Pointing at or focusing the
// Comments button starts the load early; until it is in, the thread's own "Loading comments…" shows.
const loadThread = () => import("./comment-thread");
const CommentThread = dynamic(() => loadThread().then((m) => m.CommentThread), {
  ssr: false,
  loading: () => (
    <div className="space-y-3 border-t border-stone-100 pt-3">
      <p className="text-sm text-stone-600">Loading comments…</p>
    </div>
  ),
});
// A failed early load (offline) is tried again when the thread opens.
const preloadThread = () => void loadThread().catch(() => undefined);

/**
 * One shared check-in, dense enough that a phone shows several at once: who and when on one line with the verdict,
 * why, the honest update, the run if one was logged, then reactions and the comment count in one row.
 */
export function FeedItem({ clubId, item, unit, today }: { clubId: string; item: FeedItemData; unit: DistanceUnit; today: string }) {
  const [open, setOpen] = useState(false);
  const [why, setWhy] = useState(false);
  const [commentCount, setCommentCount] = useState(item.commentCount);
  // A fresh count from the server (the feed re-read after a live event) replaces the one counted here.
  const [countFrom, setCountFrom] = useState(item.commentCount);
  if (countFrom !== item.commentCount) {
    setCountFrom(item.commentCount);
    setCommentCount(item.commentCount);
  }
  return (
    <article id={`checkin-${item.checkinId}`} aria-label={`${item.author.name}, ${formatDay(item.date)}`} className="space-y-1.5 px-4 py-3">
      <header className="flex items-center gap-2.5">
        <Avatar userId={item.author.id} name={item.author.name} size="sm" />
        <p className="flex min-w-0 flex-1 items-baseline gap-1.5">
          <span className="truncate font-semibold text-stone-900">{item.author.name}</span>
          {item.isMine ? <span className="shrink-0 text-sm text-stone-600">(you)</span> : null}
          <span className="shrink-0 text-sm text-stone-600">
            <span aria-hidden="true">· </span>
            <time dateTime={item.date}>{formatRecentDay(item.date, today)}</time>
            {item.edited ? " · edited" : ""}
          </span>
        </p>
        <VerdictBadge verdict={item.verdict} />
      </header>
      {item.reasons.length ? (
        // The signals behind the verdict, one line until tapped; screen readers always get the whole list. The box (a
        // block formatting context) keeps the button's -my-1 py-1 inside: a 24 px target that lays out as one line.
        <div className="flow-root">
        <button
          type="button"
          aria-expanded={why}
          onClick={() => setWhy((w) => !w)}
          className="-my-1 block min-h-6 w-full py-1 text-left text-xs leading-snug text-stone-600"
        >
          {/* Clamped inside the padding, so no part of a second line shows in it. */}
          <span className={clsx("block", !why && "line-clamp-1")}>
            <span className="sr-only">Why: </span>
            {item.reasons.join("; ")}
          </span>
        </button>
        </div>
      ) : null}
      {item.burnoutFlag ? (
        <p className="rounded-lg bg-violet-50 px-3 py-2 text-xs leading-snug text-violet-950">
          <span className="font-semibold">Burnout flag. </span>
          {BURNOUT_MESSAGE}
        </p>
      ) : null}
      {item.note ? <p className="whitespace-pre-wrap break-words text-sm leading-snug text-stone-900">{item.note}</p> : null}
      {item.run ? <RunStats run={item.run} unit={unit} /> : null}
      <footer className="-mx-2 -my-1 flex flex-wrap items-center">
        <ReactionBar clubId={clubId} checkinId={item.checkinId} initial={item.reactions} />
        <button
          type="button"
          className="ml-auto inline-flex min-h-10 min-w-10 items-center justify-center gap-1 rounded-full px-2.5 text-sm font-semibold tabular-nums text-stone-700 hover:bg-stone-100 aria-expanded:bg-stone-100"
          aria-expanded={open}
          title={open ? "Hide comments" : "Show comments"}
          aria-label={`Comments (${commentCount})`}
          onPointerEnter={preloadThread}
          onFocus={preloadThread}
          onClick={() => setOpen((o) => !o)}
        >
          <MessageCircle className="size-5" aria-hidden="true" />
          {/* Seen as the icon and the count; its text (and name) reads "Comments (2)". */}
          <span className="sr-only">Comments (</span>
          {commentCount}
          <span className="sr-only">)</span>
        </button>
      </footer>
      {open ? <CommentThread clubId={clubId} checkinId={item.checkinId} onCountChange={(d) => setCommentCount((n) => n + d)} /> : null}
    </article>
  );
}
