"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorNote } from "../../_components/error-note";
import { formatRunTime, possessive } from "@/app/_lib/format";
import { LoadMore } from "../../_components/load-more";

function describe(action: string, details: Record<string, unknown>, target: string): string {
  switch (action) {
    case "role.changed":
      return `changed ${possessive(target)} role from ${String(details.from)} to ${String(details.to)}`;
    case "member.removed":
      return `removed ${target}`;
    case "member.approved":
      return `approved ${possessive(target)} request to join`;
    case "member.declined":
      return `declined ${possessive(target)} request to join`;
    case "ownership.transferred":
      return `handed ownership to ${target}`;
    default:
      // Other features add their own actions (e.g. block.assigned).
      return `${action.replace(/[._]/g, " ")}${target !== "someone" ? ` (${target})` : ""}`;
  }
}

export function AuditLog({ clubId, timeZone }: { clubId: string; timeZone: string }) {
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.clubs.auditLog.infiniteQueryOptions({ clubId, limit: 20 }, { getNextPageParam: (last) => last.nextCursor }));
  if (list.isPending) return <p role="status" className="text-sm text-stone-600">Loading the log…</p>;
  if (list.isError) return <ErrorNote error={list.error} />;
  const entries = list.data.pages.flatMap((p) => p.items);
  if (entries.length === 0) return <p className="text-sm text-stone-600">No coach or owner actions yet.</p>;
  return (
    <div className="space-y-3">
      <ol className="divide-y divide-stone-100 text-sm" aria-label="Audit log">
        {entries.map((e) => (
          <li key={e.id} className="py-2">
            <span className="font-medium">{e.actorName ?? "A former member"}</span> {describe(e.action, e.details, e.targetName ?? "someone")}
            <span className="block text-stone-600">
              <time dateTime={e.createdAt.toISOString()}>{formatRunTime(e.createdAt, timeZone)}</time>
            </span>
          </li>
        ))}
      </ol>
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} label="Older entries" />
    </div>
  );
}
