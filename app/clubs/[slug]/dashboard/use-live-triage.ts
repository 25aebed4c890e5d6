"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useDebounced } from "@/app/_live/use-debounced";
import { useLiveClub } from "@/app/_live/use-live-club";
import { useTRPC } from "@/app/_trpc/client";
import type { LiveEventKind } from "@/contract/live";

// What moves an athlete's row: a check-in shared or changed, a day marked, a block assigned or changed, a coach's
// reply (the thread status), someone joining or leaving.
const MOVES_A_ROW: ReadonlySet<LiveEventKind> = new Set(["checkin", "day", "block", "comment", "membership"]);

/** Re-reads (and so re-ranks) the coach's triage list when one of the club's athletes does something. */
export function useLiveTriage(clubId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refetch = useDebounced(() => void queryClient.invalidateQueries({ queryKey: trpc.dashboard.athletes.pathKey() }), 300);
  useLiveClub(clubId, { onEvent: (e) => (MOVES_A_ROW.has(e.kind) ? refetch() : undefined), onResync: refetch });
}
