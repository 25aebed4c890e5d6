"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import type { SourceFilter } from "@/contract/imports";
import { RACE_DISTANCE_LABELS, SESSION_SOURCE_LABELS, SESSION_TYPE_LABELS } from "@/app/_lib/labels/training";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "../_trpc/client";
import { messageOf } from "../_trpc/errors";
import { formatDayWithYear, formatDistance, formatMinutes, formatRaceTime } from "@/app/_lib/format";
import { formatPace, paceSeconds } from "./pace";

export function SessionList({ source }: { source?: SourceFilter }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useInfiniteQuery(trpc.training.list.infiniteQueryOptions({ limit: 20, source }, { getNextPageParam: (last) => last.nextCursor }));
  const remove = useMutation(
    trpc.training.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
      },
    }),
  );
  if (query.isPending) return <div className="card h-40 animate-pulse" role="status" aria-label="Loading your sessions" />;
  if (query.isError) return <p role="alert" className="card text-red-800">{messageOf(query.error)}</p>;
  const items = query.data.pages.flatMap((p) => p.items);
  const unit = query.data.pages[0]?.unit ?? "km";
  if (items.length === 0 && source) return <p className="card text-stone-700">No sessions from this source yet.</p>;
  if (items.length === 0) {
    return <p className="card text-stone-700">Nothing logged yet. Your first session, even a short walk, starts the picture.</p>;
  }
  return (
    <div className="space-y-3">
      <ul className="space-y-3" aria-label="Your sessions">
        {items.map((s) => (
          <li key={s.id} className="card flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0">
              <p className="font-semibold">
                <Link href={`/training/${s.id}`} className="hover:underline">{SESSION_TYPE_LABELS[s.type]}</Link>
                {s.race ? ` · ${RACE_DISTANCE_LABELS[s.race.distance]} in ${formatRaceTime(s.race.timeSec)}` : ""}
              </p>
              <p className="text-sm text-stone-700">
                {formatDayWithYear(s.date)} · {formatMinutes(s.durationMin)}
                {s.distanceM !== null ? ` · ${formatDistance(s.distanceM, unit)}` : ""}
                {s.distanceM ? ` · ${formatPace(paceSeconds(s.distanceM, s.movingSec ?? s.durationMin * 60, unit), unit)}` : ""}
                {s.rpe !== null ? ` · RPE ${s.rpe} · load ${s.load}` : ""}
              </p>
              {s.race?.name ? <p className="text-sm text-stone-700">{s.race.name}</p> : null}
              {s.notes ? <p className="mt-1 whitespace-pre-line break-words text-sm text-stone-800">{s.notes}</p> : null}
              {SESSION_SOURCE_LABELS[s.source] ? (
                <span className="mt-1 inline-block rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-700">{SESSION_SOURCE_LABELS[s.source]}</span>
              ) : null}
            </div>
            <div className="flex shrink-0 items-center gap-2">
              <Link href={`/training/${s.id}/edit`} className="btn-secondary" aria-label={`Edit ${SESSION_TYPE_LABELS[s.type]} on ${formatDayWithYear(s.date)}`}>
                Edit
              </Link>
              <ConfirmDialog
                trigger={
                  <button type="button" className="btn-secondary" aria-label={`Delete ${SESSION_TYPE_LABELS[s.type]} on ${formatDayWithYear(s.date)}`}>
                    Delete
                  </button>
                }
                title="Delete this session?"
                description={`${SESSION_TYPE_LABELS[s.type]} on ${formatDayWithYear(s.date)}. It leaves your log and your load figures.`}
                confirmLabel="Delete session"
                pendingLabel="Deleting…"
                onConfirm={() => remove.mutateAsync({ id: s.id })}
              />
            </div>
          </li>
        ))}
      </ul>
      {query.hasNextPage ? (
        <button type="button" className="btn-secondary w-full" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? "Loading…" : "Show older sessions"}
        </button>
      ) : null}
    </div>
  );
}
