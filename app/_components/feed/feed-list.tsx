"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { type RouterOutputs, useTRPC } from "@/app/_trpc/client";
import { messageOf } from "@/app/_trpc/errors";
import { FeedItem } from "./feed-item";
import { NewPostsPill } from "./new-posts-pill";
import { FEED_PAGE } from "./page-size";
import { useLiveFeed } from "./use-live-feed";

type FeedPage = RouterOutputs["feed"]["list"];

/**
 * The club feed with infinite scroll: the next page loads as its end comes into view (or on the button). `first` is
 * the first page as the server read it for the HTML; `today` is the reader's day in their stored zone (page.tsx), the
 * same on the server and here, so "Today" and "Yesterday" hydrate as rendered.
 */
export function FeedList({ clubId, first, today }: { clubId: string; first: FeedPage; today: string }) {
  const trpc = useTRPC();
  const listInput = { clubId, limit: FEED_PAGE };
  // The server's page seeds the query (fresh for the app's staleTime, so it isn't read again at once); live events,
  // a reconnect and later pages go through the same query as before. A feed already in the cache (back from another
  // page) is shown from there, as it always was.
  const feed = useInfiniteQuery(
    trpc.feed.list.infiniteQueryOptions(listInput, {
      getNextPageParam: (last) => last.nextCursor,
      // A null cursor is the first page, as no cursor is (keyset.ts); typed so, as the list's cursors are.
      initialData: { pages: [first], pageParams: [null] },
      staleTime: 15_000,
    }),
  );
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
  // The reader's unit comes with every page.
  const unit = feed.data.pages[0]!.unit;
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
