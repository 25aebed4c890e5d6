"use client";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { IMPORT_KIND_LABELS, IMPORT_STATUS_LABELS } from "@/app/_lib/labels/imports";
import { formatDateWithYear } from "@/app/_lib/format";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useTRPC } from "../../_trpc/client";
import { messageOf } from "../../_trpc/errors";

/** The runner's imports, newest first; deleting one takes back exactly what it brought in. */
export function BatchList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useInfiniteQuery(trpc.imports.list.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (last) => last.nextCursor }));
  const remove = useMutation(
    trpc.imports.delete.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.imports.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() }),
        ]);
      },
    }),
  );
  if (query.isPending) return <div className="card h-24 animate-pulse" role="status" aria-label="Loading your imports" />;
  if (query.isError) return <p role="alert" className="card text-red-800">{messageOf(query.error)}</p>;
  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="card text-stone-700">No imports yet. What you bring in shows here, and can be taken back out.</p>;
  return (
    <div className="space-y-3">
      <ul className="space-y-3" aria-label="Your imports">
        {items.map((b) => (
          <li key={b.id} className="card flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="break-words font-semibold">{b.fileName || IMPORT_KIND_LABELS[b.kind]}</p>
              <p className="text-sm text-stone-700">
                {IMPORT_KIND_LABELS[b.kind]} · {formatDateWithYear(b.createdAt)} ·{" "}
                {IMPORT_STATUS_LABELS[b.status]} · {b.importedCount} in
                {b.duplicateCount ? `, ${b.duplicateCount} already there` : ""}
                {b.failedCount ? `, ${b.failedCount} not imported` : ""}
              </p>
            </div>
            <div className="flex shrink-0 flex-wrap items-center gap-2">
              <Link href={`/training/import/${b.id}`} className="btn-secondary">Details</Link>
              <ConfirmDialog
                trigger={<button type="button" className="btn-secondary" aria-label={`Delete the import ${b.fileName}`}>Delete</button>}
                title="Delete this import?"
                description="It goes, with everything it brought in."
                confirmLabel="Delete import"
                pendingLabel="Deleting…"
                onConfirm={() => remove.mutateAsync({ id: b.id })}
              />
            </div>
          </li>
        ))}
      </ul>
      {query.hasNextPage ? (
        <button type="button" className="btn-secondary" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? "Loading…" : "Show older imports"}
        </button>
      ) : null}
    </div>
  );
}
