"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { messageOf } from "@/app/_trpc/errors";
import { localToday } from "@/app/_lib/format";
import { FeedItem } from "./feed-item";
import { NewPostsPill } from "./new-posts-pill";
import { useLiveFeed } from "./use-live-feed";

const PAGE = 20;

/** The club feed with infinite scroll: the next page loads as its end comes into view (or on the button). */
export function FeedList({ clubId }: { clubId: string }) {
  const trpc = useTRPC();
  const listInput = { clubId, limit: PAGE };
  const feed = useInfiniteQuery(trpc.feed.list.infiniteQueryOptions(listInput, { getNextPageParam: (last) => last.nextCursor }));
  const live = useLiveFeed({ clubId, items: feed.data?.pages.flatMap((p) => p.items), listInput });
  const sentinel = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = feed;

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    }, { rootMargin: "400px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (feed.isPending) {
    return (
      <div role="status" className="space-y-3">
        <span className="sr-only">Loading the feed…</span>
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-32 animate-pulse rounded-2xl bg-stone-200" />
        ))}
      </div>
    );
  }
  if (feed.isError) return <p role="alert" className="rounded-xl bg-red-50 p-3 text-red-800">{messageOf(feed.error)}</p>;
  const items = live.shown;
  // The reader's unit comes with every page; "today" is the reader's own day, for "Today" and "Yesterday".
  const unit = feed.data.pages[0]!.unit;
  const today = localToday();
  if (items.length === 0) {
    return (
      <div className="card text-center">
        <p className="font-semibold">No check-ins shared yet</p>
        <p className="mt-1 text-stone-700">
          When members share a check-in with the club, it shows up here.{" "}
          <Link href="/checkin" className="font-medium text-brand-800 underline">
            Share how training feels
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {/* The pill floats over the top of the list (it takes no room), so showing it moves nothing. */}
      <div>
        <NewPostsPill
          count={live.newCount}
          onShow={() => {
            live.reveal();
            // Focus moves to the list (the button goes), and the newest post comes into view.
            list.current?.focus({ preventScroll: true });
            window.scrollTo({ top: 0, behavior: "smooth" });
          }}
        />
        {/* One card for the list, a rule between posts: no margins and borders around each. */}
        <ol ref={list} tabIndex={-1} className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white shadow-sm" aria-label="Shared check-ins">
          {items.map((item) => (
            <li key={item.checkinId}>
              <FeedItem clubId={clubId} item={item} unit={unit} today={today} />
            </li>
          ))}
        </ol>
      </div>
      <div ref={sentinel} />
      {hasNextPage ? (
        <button type="button" className="btn-secondary w-full" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
          {isFetchingNextPage ? "Loading…" : "Load older check-ins"}
        </button>
      ) : (
        <p className="text-center text-sm text-stone-500">You&apos;re all caught up.</p>
      )}
    </div>
  );
}
