import type { Metadata } from "next";
import { getApi } from "@/server/caller";
import { CheckinSummaryCard } from "../_components/checkin-summary-card";
import { CoachRepliesCard } from "../_components/coach-thread/coach-replies-card";
import { CalendarLink } from "./calendar-link";
import { formatDay } from "@/app/_lib/format";
import { BLOCK_STATUS_LABELS, DAY_STATUS_LABELS, FEEL_LABELS } from "@/app/_lib/labels/blocks";
import { PHASE_PALETTE } from "@/app/_lib/palette";
import { LiveToday } from "./live-today";
import { MarkDayForm } from "./mark-day-form";
import { OwnSuggestionsCard } from "./own-suggestions-card";
import { PhaseTimeline } from "./phase-timeline";
import { RaceWindowCard } from "./race-window-card";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const api = await getApi();
  const [{ today, block }, history, phases, { checkin }, suggestions] = await Promise.all([
    api.blocks.today(),
    api.blocks.history({ limit: 10 }),
    api.blocks.phases(),
    api.checkins.today(),
    api.blocks.suggestions(),
  ]);
  const past = block ? block.days.filter((d) => d.date < today).reverse() : [];
  const percent = block ? Math.round(((block.dayNumber ?? block.totalDays) / block.totalDays) * 100) : 0;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <LiveToday />
      <div>
        <h1 className="page-title">Today</h1>
        <p className="mt-1 text-stone-700">{formatDay(today)}</p>
      </div>

      <CheckinSummaryCard checkin={checkin} onBlock={block !== null} />

      <CoachRepliesCard />

      <RaceWindowCard suggestions={suggestions} onBlock={block !== null} />

      {!block || block.selfStarted ? <OwnSuggestionsCard suggestions={suggestions} onOwnBlock={block !== null} /> : null}

      {!block ? (
        suggestions.raceWindow || suggestions.suggestions.length ? null : (
          <section className="card space-y-2">
            <h2 className="text-lg font-semibold">No plan right now</h2>
            <p className="text-stone-700">
              Train as you normally would. When you start a suggested reset, or a coach sets you one, each day&rsquo;s plan shows up here.
            </p>
          </section>
        )
      ) : (
        <>
          <section aria-labelledby="today-heading" className="card space-y-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="today-heading" className="text-lg font-semibold">
                {block.name}
              </h2>
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${PHASE_PALETTE[block.phase].chip}`}>{PHASE_PALETTE[block.phase].label} phase</span>
            </div>
            <div>
              <p className="text-sm font-medium text-stone-700">
                {block.dayNumber ? `Day ${block.dayNumber} of ${block.totalDays}` : `Starts ${formatDay(block.startDate)} · ${block.totalDays} days`}
              </p>
              <div className="mt-1 h-2 overflow-hidden rounded-full bg-stone-200" role="progressbar" aria-label="Progress through the block" aria-valuemin={0} aria-valuemax={100} aria-valuenow={block.dayNumber ? percent : 0}>
                <div className="h-full bg-brand-600" style={{ width: `${block.dayNumber ? percent : 0}%` }} />
              </div>
            </div>
            {block.todayDay ? (
              <div className="rounded-xl bg-brand-50 p-4">
                <p className="text-sm font-medium text-brand-800">Today&rsquo;s plan</p>
                <p className="text-xl font-semibold text-stone-900">{block.todayDay.summary}</p>
                {block.todayDay.notes ? <p className="mt-1 text-stone-700">{block.todayDay.notes}</p> : null}
              </div>
            ) : null}
            {block.volumeTarget ? (
              <p className="text-stone-800">
                Target this week: about <strong>{block.volumeTarget.target}</strong> (your last three weeks averaged {block.volumeTarget.usual}).
              </p>
            ) : null}
            {block.coachNote ? (
              <blockquote className="border-l-4 border-brand-600 pl-3 text-stone-800">
                <p className="whitespace-pre-line">{block.coachNote}</p>
                <footer className="mt-1 text-sm text-stone-600">
                  {block.coachName ?? "Your coach"}, {block.clubName}
                </footer>
              </blockquote>
            ) : block.selfStarted ? (
              <p className="text-sm text-stone-600">You started this yourself. Coaches of the clubs you belong to can see it and adjust it.</p>
            ) : (
              <p className="text-sm text-stone-600">Set by {block.coachName ?? "your coach"}{block.clubName ? ` in ${block.clubName}` : ""}.</p>
            )}
            {block.todayDay ? (
              <MarkDayForm
                key={block.todayDay.id + block.todayDay.status}
                dayId={block.todayDay.id}
                initial={{ status: block.todayDay.status, note: block.todayDay.athleteNote, feel: block.todayDay.feel }}
              />
            ) : null}
            {block.compliance.due > 0 ? (
              <p className="text-sm text-stone-700">
                So far: {block.compliance.done} of {block.compliance.due} days done
                {block.compliance.partial ? `, ${block.compliance.partial} partly` : ""}.
              </p>
            ) : null}
          </section>

          {block.upcoming.length ? (
            <section aria-labelledby="next-heading" className="card space-y-3">
              <h2 id="next-heading" className="text-lg font-semibold">
                Coming up
              </h2>
              <ul className="divide-y divide-stone-100">
                {block.upcoming.map((d) => (
                  <li key={d.id} className="py-2">
                    <p className="font-medium">
                      {formatDay(d.date)} · day {d.dayIndex + 1}: {d.summary}
                    </p>
                    {d.notes ? <p className="text-sm text-stone-600">{d.notes}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {past.length ? (
            <section aria-labelledby="past-heading" className="card space-y-3">
              <h2 id="past-heading" className="text-lg font-semibold">
                Past days
              </h2>
              <ul className="divide-y divide-stone-100">
                {past.map((d) => (
                  <li key={d.id} className="space-y-2 py-3">
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <p className="font-medium">
                        {formatDay(d.date)} · day {d.dayIndex + 1}: {d.summary}
                      </p>
                      <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${d.status === "done" ? "bg-brand-100 text-brand-900" : d.status === "pending" ? "bg-stone-100 text-stone-700" : "bg-amber-100 text-amber-900"}`}>
                        {DAY_STATUS_LABELS[d.status]}
                        {d.feel ? ` · ${FEEL_LABELS[d.feel - 1]}` : ""}
                      </span>
                    </div>
                    {d.athleteNote ? <p className="text-sm text-stone-700">{d.athleteNote}</p> : null}
                    {d.status === "pending" ? (
                      <details>
                        <summary className="cursor-pointer text-sm font-medium text-brand-800">Mark this day</summary>
                        <div className="pt-2">
                          <MarkDayForm dayId={d.id} compact />
                        </div>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}

      <section aria-labelledby="phases-heading" className="card space-y-3">
        <h2 id="phases-heading" className="text-lg font-semibold">
          Your training phases this year
        </h2>
        <PhaseTimeline from={phases.from} to={phases.to} segments={phases.segments} trainedWeeks={phases.trainedWeeks} />
      </section>

      <section aria-labelledby="history-heading" className="card space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          Your blocks
        </h2>
        {history.items.length === 0 ? (
          <p className="text-stone-700">No blocks yet.</p>
        ) : (
          <ul className="divide-y divide-stone-100">
            {history.items.map((b) => (
              <li key={b.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <div>
                  <p className="font-medium">{b.name}</p>
                  <p className="text-sm text-stone-600">
                    {formatDay(b.startDate)} to {formatDay(b.endDate)} · {b.selfStarted ? "Started by you" : b.clubName}
                  </p>
                </div>
                <p className="text-sm text-stone-700">
                  {BLOCK_STATUS_LABELS[b.status]} · {b.done} of {b.days} days done
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <CalendarLink />
    </div>
  );
}
