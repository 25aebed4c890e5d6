"use client";
import { useQuery } from "@tanstack/react-query";
import { ArrowDown } from "lucide-react";
import dynamic from "next/dynamic";
import { useTRPC } from "../_trpc/client";
import { messageOf } from "../_trpc/errors";
import { TRAINING_TREND_LABELS } from "@/app/_lib/labels/training";
import { PHASE_LEGEND, PHASE_PALETTE } from "@/app/_lib/palette";
import { formatShortDay } from "@/app/_lib/format";
import { StartOwnBlock } from "../today/start-own-block";
import { ChartSkeleton } from "../_components/charts/chart-skeleton";
import { EmptyChart } from "../_components/charts/empty-chart";
import { LOAD_LINE } from "./weekly-volume-palette";

// recharts comes with the chart, only once there are weeks to draw; the skeleton keeps the chart's box meanwhile.
const WeeklyVolumeChart = dynamic(() => import("./weekly-volume-chart"), { ssr: false, loading: () => <ChartSkeleton className="h-64" /> });

export function WeeklyVolume() {
  const trpc = useTRPC();
  const query = useQuery(trpc.training.weekly.queryOptions());
  const signals = useQuery(trpc.training.signals.queryOptions());
  if (query.isPending) return <div className="card h-80 animate-pulse" role="status" aria-label="Loading weekly volume" />;
  if (query.isError) return <p role="alert" className="card text-red-800">{messageOf(query.error)}</p>;
  const { weeks, unit, downWeekSuggestion, today } = query.data;
  const data = weeks.map((w) => ({ ...w, label: formatShortDay(w.weekStart) }));
  const empty = weeks.every((w) => w.sessions === 0);

  return (
    <section aria-labelledby="weekly-heading" className="space-y-4">
      {downWeekSuggestion ? (
        <div className="card space-y-3 border-sky-300 bg-sky-50" data-testid="down-week-suggestion">
          <h2 className="text-lg font-semibold text-stone-900">Time for a down week</h2>
          <p className="mt-1 text-stone-800">
            You&apos;ve built three weeks in a row ({downWeekSuggestion.basedOn.join(" → ")} {unit}). Cutting back now lets that work sink in:
            aim for about{" "}
            <strong>
              {downWeekSuggestion.low}–{downWeekSuggestion.high} {unit}
            </strong>{" "}
            this week (20–30% lower), then build on from there.
          </p>
          <StartOwnBlock template="down-week" startDate={today} reason={`Three building weeks: ${downWeekSuggestion.basedOn.join(", ")} ${unit}`} title="Down week" />
        </div>
      ) : null}
      <div className="card">
        <h2 id="weekly-heading" className="text-lg font-semibold">Weekly distance and load</h2>
        <p className="text-sm text-stone-600">The last 12 weeks, Monday to Sunday in your time zone. Each week&apos;s bar takes its phase&apos;s colour, and the band underneath names it.</p>
        {empty ? (
          <EmptyChart sentence="No sessions in the last 12 weeks yet. Log one and your weeks fill in here, coloured by phase." href="/training" action="Log your first run" />
        ) : (
          <>
            <div className="mt-4 h-64 w-full" aria-hidden="true">
              <WeeklyVolumeChart data={data} unit={unit} />
            </div>
            <ol className="mt-2 grid grid-cols-12 gap-0.5" aria-label="Phase per week">
              {data.map((w) => (
                <li
                  key={w.weekStart}
                  title={`${w.label}: ${PHASE_PALETTE[w.phase].label}${w.downWeek ? ", down week" : ""}`}
                  className={`relative flex h-7 items-center justify-center rounded text-[10px] font-semibold ${PHASE_PALETTE[w.phase].bar}`}
                >
                  <span aria-hidden="true">{w.phase === "none" ? "–" : PHASE_PALETTE[w.phase].label.slice(0, 1)}</span>
                  {w.downWeek ? <ArrowDown aria-hidden="true" className="absolute -top-3.5 size-3 text-stone-900" /> : null}
                  <span className="sr-only">
                    Week of {w.label}: {PHASE_PALETTE[w.phase].label}
                    {w.downWeek ? ", down week" : ""}
                  </span>
                </li>
              ))}
            </ol>
            <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
              {PHASE_LEGEND.map((p) => (
                <span key={p} className="inline-flex items-center gap-1">
                  <span aria-hidden="true" className={`inline-block size-3 rounded ${PHASE_PALETTE[p].bar}`} /> {PHASE_PALETTE[p].label}
                </span>
              ))}
              <span className="inline-flex items-center gap-1"><ArrowDown aria-hidden="true" className="size-3 text-stone-900" /> Down week (20% or more below the week before)</span>
              <span className="inline-flex items-center gap-1"><span aria-hidden="true" className="inline-block h-0.5 w-4" style={{ background: LOAD_LINE }} /> Load (RPE × min)</span>
            </p>
            {signals.data ? (
              <p className="mt-3 text-sm text-stone-700" data-testid="load-signals">
                Last two weeks: <strong>{TRAINING_TREND_LABELS[signals.data.trend]}</strong>.
                {signals.data.loadRatio !== null ? ` 7-day load vs your 4-week weekly average: ${signals.data.loadRatio}×.` : ""}
                {signals.data.loadRatioFlag ? (
                  <span className="mt-1 block rounded-lg bg-amber-50 p-2 text-amber-900">
                    Flag: this week&apos;s load is well above what you&apos;re used to (over 1.5×). Not a verdict, just worth keeping an eye on.
                  </span>
                ) : null}
              </p>
            ) : null}
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer text-brand-800">Show the weeks as a table</summary>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full text-left">
                  <thead>
                    <tr className="text-stone-600">
                      <th scope="col" className="py-1 pr-3">Week of</th>
                      <th scope="col" className="py-1 pr-3">Distance</th>
                      <th scope="col" className="py-1 pr-3">Load</th>
                      <th scope="col" className="py-1">Phase</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.map((w) => (
                      <tr key={w.weekStart} className="border-t border-stone-100">
                        <td className="py-1 pr-3">{w.label}{w.current ? " (this week)" : ""}</td>
                        <td className="py-1 pr-3">{w.distance} {unit}</td>
                        <td className="py-1 pr-3">{w.load}</td>
                        <td className="py-1">{PHASE_PALETTE[w.phase].label}{w.downWeek ? ", down week" : ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </div>
    </section>
  );
}
