import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getApi } from "@/server/caller";
import { orNotFound } from "@/app/_lib/server-call";
import { RSVP_LABELS } from "@/app/_lib/labels/clubs";
import { RSVP_STATUSES } from "@/contract/values";
import { formatRunDistance, formatRunTime } from "@/app/_lib/format";
import { RsvpButtons } from "../../../_components/rsvp-buttons";
import { loadClub } from "../../load-club";
import { CancelRun } from "./cancel-run";

export const metadata: Metadata = { title: "Group run" };

export default async function RunPage({ params }: { params: Promise<{ slug: string; runId: string }> }) {
  const { slug, runId } = await params;
  const club = await loadClub(slug);
  if (club.privacy === "private" && !club.myRole) notFound();
  const api = await getApi();
  const run = await orNotFound(api.groupRuns.byId({ clubId: club.id, runId }));
  const staff = club.myRole === "owner" || club.myRole === "coach";
  const open = !run.isPast && !run.cancelledAt;
  const distance = formatRunDistance(run.distanceMeters);

  return (
    <div className="space-y-6">
      <Link href={`/clubs/${club.slug}/runs`} className="inline-flex min-h-11 items-center gap-1 text-sm font-medium text-brand-800 underline">
        <ArrowLeft aria-hidden className="size-4" />
        All group runs
      </Link>
      <section className="card space-y-3" aria-labelledby="run-title">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 id="run-title" className="text-2xl font-bold break-words">{run.title}</h2>
          {run.cancelledAt ? (
            <span className="rounded-full bg-red-100 px-3 py-1 text-sm font-semibold text-red-800">Cancelled</span>
          ) : run.isPast ? (
            <span className="rounded-full bg-stone-200 px-3 py-1 text-sm font-semibold text-stone-700">Past</span>
          ) : null}
        </div>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-stone-600">When</dt>
            <dd>
              <time dateTime={run.startsAt.toISOString()}>{formatRunTime(run.startsAt, club.timeZone)}</time> ({club.timeZone.replaceAll("_", " ")})
            </dd>
          </div>
          {run.meetingPoint ? (
            <div>
              <dt className="font-medium text-stone-600">Meeting point</dt>
              <dd className="break-words">{run.meetingPoint}</dd>
            </div>
          ) : null}
          {distance ? (
            <div>
              <dt className="font-medium text-stone-600">Distance</dt>
              <dd>{distance}</dd>
            </div>
          ) : null}
          {run.paceGroups.length ? (
            <div>
              <dt className="font-medium text-stone-600">Pace groups</dt>
              <dd>{run.paceGroups.join(", ")}</dd>
            </div>
          ) : null}
        </dl>
        {run.notes ? <p className="whitespace-pre-line break-words text-stone-800">{run.notes}</p> : null}
        {club.myRole && open ? <RsvpButtons clubId={club.id} runId={run.id} initial={run.myRsvp} title={run.title} /> : null}
        {!club.myRole ? <p className="text-sm text-stone-600">Join the club to RSVP.</p> : null}
        {staff && open ? <CancelRun clubId={club.id} runId={run.id} /> : null}
      </section>

      <section className="card space-y-4" aria-labelledby="who-heading">
        <h2 id="who-heading" className="text-lg font-semibold">
          Who&apos;s going ({run.rsvpCounts.going} going, {run.rsvpCounts.maybe} maybe)
        </h2>
        {run.people === null ? (
          <p className="text-sm text-stone-600">Only members see who is going.</p>
        ) : run.people.length === 0 ? (
          <p className="text-sm text-stone-600">No answers yet. Be the first!</p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-3">
            {RSVP_STATUSES.map((status) => {
              const people = run.people!.filter((p) => p.status === status);
              return (
                <div key={status}>
                  <h3 className="mb-1 text-sm font-semibold text-stone-700">
                    {RSVP_LABELS[status]} ({people.length})
                  </h3>
                  <ul aria-label={RSVP_LABELS[status]} className="space-y-1 text-sm">
                    {people.map((p) => (
                      <li key={p.userId} className="break-words">{p.name}</li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        )}
      </section>
    </div>
  );
}
