"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useDebounced } from "@/app/_live/use-debounced";
import { useLiveClub } from "@/app/_live/use-live-club";
import { useTRPC } from "@/app/_trpc/client";
import type { FeedItemData } from "./feed-item";

/**
 * Keeps a club feed live without moving what the reader is reading. Events only say what changed; the feed is
 * re-read through its own scoped query. Posts from others that arrive above the first post the reader had are held
 * back behind "N new posts" until asked for; counts and comment threads update in place.
 */
export function useLiveFeed({ clubId, items, listInput }: { clubId: string; items: FeedItemData[] | undefined; listInput: { clubId: string; limit: number } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [seen, setSeen] = useState<ReadonlySet<string> | null>(null);
  // The first page the reader gets is what they have seen (state set while rendering, as React allows for own state).
  if (seen === null && items) setSeen(new Set(items.map((i) => i.checkinId)));

  const refetchList = useDebounced(() => void queryClient.invalidateQueries({ queryKey: trpc.feed.list.infiniteQueryKey(listInput) }), 250);
  const refetchComments = (checkinId?: string) =>
    void queryClient.invalidateQueries({ queryKey: trpc.feed.comments.infiniteQueryKey(checkinId ? { clubId, checkinId } : { clubId }) });

  useLiveClub(clubId, {
    onEvent(event) {
      const loaded = event.refId !== null && (items ?? []).some((i) => i.checkinId === event.refId);
      if (event.kind === "checkin") refetchList();
      else if (event.kind === "reaction" && loaded) refetchList();
      else if (event.kind === "comment" && loaded) {
        refetchList();
        refetchComments(event.refId!);
      }
    },
    onResync() {
      refetchList();
      refetchComments();
    },
  });

  // Held back: others' posts above the first one already seen. The reader's own posts show at once (they made them).
  const firstSeen = seen && items ? items.findIndex((i) => seen.has(i.checkinId)) : -1;
  const held = new Set(firstSeen > 0 ? items!.slice(0, firstSeen).filter((i) => !i.isMine).map((i) => i.checkinId) : []);
  return {
    shown: items?.filter((i) => !held.has(i.checkinId)) ?? [],
    newCount: held.size,
    /** Shows the held posts: from now on they count as seen. */
    reveal() {
      setSeen(new Set(items?.map((i) => i.checkinId)));
    },
  };
}
