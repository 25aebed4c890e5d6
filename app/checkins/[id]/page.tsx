import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CoachThread } from "@/app/_components/coach-thread/coach-thread";
import { VerdictBadge } from "@/app/_components/feed/verdict-badge";
import { formatDayWithYear, possessive } from "@/app/_lib/format";
import { BURNOUT_MESSAGE, VISIBILITY_LABELS } from "@/app/_lib/labels/checkin";
import { isTrpcCode, orNotFound } from "@/app/_lib/server-call";
import { getApi } from "@/server/caller";
import { loadCheckin } from "./load-checkin";

export const metadata: Metadata = { title: "Check-in" };

/**
 * One check-in, for anyone who may see it, with the private threads the viewer may read: its author sees one per
 * club whose coaches may see it, a coach sees the threads of the clubs they coach, a clubmate sees none.
 */
export default async function CheckinPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const api = await getApi();
  // Signed out, the layout answers 404; the threads' refusal here is the same 404, not an error for the log.
  const threadsCall = api.threads.forCheckin({ checkinId: id }).catch((err: unknown) => {
    if (isTrpcCode(err, "UNAUTHORIZED")) notFound();
    throw err;
  });
  const [checkin, threads] = await Promise.all([loadCheckin(id), orNotFound(threadsCall)]);
  const mine = threads.length ? threads[0]!.side === "athlete" : false;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="page-title">{mine || !threads.length ? "Check-in" : `${possessive(checkin.authorName)} check-in`}</h1>
        <p className="mt-1 text-stone-700">
          {formatDayWithYear(checkin.date)} · shared with {VISIBILITY_LABELS[checkin.visibility].toLowerCase()}
        </p>
      </div>

      <section aria-labelledby="checkin-heading" className="card space-y-3">
        <h2 id="checkin-heading" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          Verdict: <VerdictBadge verdict={checkin.verdict} />
        </h2>
        {checkin.note ? <p className="whitespace-pre-line break-words text-stone-800">{checkin.note}</p> : null}
        {checkin.reasons.length ? <p className="text-sm text-stone-700">{checkin.reasons.join("; ")}</p> : null}
        {checkin.burnoutFlag ? <p className="rounded-xl bg-violet-50 p-3 text-sm text-violet-950">{BURNOUT_MESSAGE}</p> : null}
      </section>

      {threads.length === 0 ? (
        <p className="text-sm text-stone-700">
          {checkin.visibility === "private" ? (
            <>Only you see this check-in, so there is no thread with coaches. <Link href="/checkin" className="font-medium text-brand-800 underline">Share a check-in with your coaches</Link> to hear from them.</>
          ) : (
            "No coach thread here for you."
          )}
        </p>
      ) : (
        threads.map((t) => (
          <section key={t.club.id} id={`thread-${t.club.id}`} aria-labelledby={`thread-${t.club.id}-heading`} className="card scroll-mt-20 space-y-3">
            <div>
              <h2 id={`thread-${t.club.id}-heading`} className="text-lg font-semibold">
                {t.side === "athlete" ? `With your coaches at ${t.club.name}` : `Private thread with ${checkin.authorName} (${t.club.name})`}
              </h2>
              <p className="text-sm text-stone-600">
                Only {t.side === "athlete" ? "you and this club's coaches" : `${checkin.authorName} and ${possessive(t.club.name)} coaches`} read this; clubmates and other clubs don&rsquo;t.
              </p>
            </div>
            <CoachThread checkinId={checkin.id} clubId={t.club.id} open={t.open} side={t.side} />
          </section>
        ))
      )}
    </div>
  );
}
