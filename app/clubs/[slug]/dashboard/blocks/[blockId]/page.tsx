import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getApi } from "@/server/caller";
import { formatDay } from "@/app/_lib/format";
import { orNotFound } from "@/app/_lib/server-call";
import { BLOCK_STATUS_LABELS, DAY_STATUS_LABELS, FEEL_LABELS } from "@/app/_lib/labels/blocks";
import { loadClub } from "../../../load-club";
import { BlockControls, EditDay } from "./block-controls";

export const metadata: Metadata = { title: "Athlete block" };

export default async function BlockPage({ params }: { params: Promise<{ slug: string; blockId: string }> }) {
  const { slug, blockId } = await params;
  const club = await loadClub(slug);
  if (club.myRole !== "owner" && club.myRole !== "coach") notFound();
  const api = await getApi();
  const block = await orNotFound(api.blocks.byId({ clubId: club.id, blockId }));
  const active = block.status === "active";
  return (
    <div className="space-y-4">
      <Link href={`/clubs/${slug}/dashboard`} className="text-sm font-medium text-brand-800 underline">
        Back to the dashboard
      </Link>
      <div>
        <h2 className="text-xl font-semibold break-words">
          {block.athleteName}: {block.name}
        </h2>
        <p className="text-sm text-stone-700">
          {formatDay(block.startDate)} to {formatDay(block.endDate)} · {BLOCK_STATUS_LABELS[block.status]}
          {block.reason ? ` · Reason: ${block.reason}` : ""}
        </p>
        {block.coachNote ? <p className="mt-1 whitespace-pre-line text-stone-800">{block.coachNote}</p> : null}
        {block.selfStarted ? (
          <p className="mt-1 text-sm text-stone-800">
            <span className="rounded-full bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-800">Self-started</span>{" "}
            {block.athleteName} started this from a suggestion. You can still adjust its days, extend it or end it.
          </p>
        ) : null}
      </div>
      {active ? <BlockControls clubId={club.id} blockId={block.id} slug={slug} /> : null}
      <ol className="space-y-2">
        {block.days.map((d) => (
          <li key={d.id} className="card space-y-1 p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-medium">
                Day {d.dayIndex + 1} · {formatDay(d.date)}
                {d.date === block.today ? " (today)" : ""}: {d.summary}
              </p>
              <span className="text-sm text-stone-700">
                {DAY_STATUS_LABELS[d.status]}
                {d.feel ? ` · felt ${FEEL_LABELS[d.feel - 1]!.toLowerCase()}` : ""}
              </span>
            </div>
            {d.notes ? <p className="text-sm text-stone-600">{d.notes}</p> : null}
            {d.athleteNote ? <p className="text-sm text-stone-800">Athlete: {d.athleteNote}</p> : null}
            {active && d.date >= block.today ? (
              <EditDay clubId={club.id} day={{ id: d.id, kind: d.kind, minutes: d.minutes, distanceM: d.distanceM, volumePercent: d.volumePercent, notes: d.notes }} />
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
