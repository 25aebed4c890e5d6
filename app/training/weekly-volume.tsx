"use client";
import { useQuery } from "@tanstack/react-query";
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTRPC } from "../_trpc/client";
import { messageOf } from "../_trpc/errors";
import { PHASE_LABELS, TRAINING_TREND_LABELS } from "@/app/_lib/labels";
import type { Phase } from "@/contract/values";
import { formatShortDay } from "@/app/_lib/format";

const PHASE_STYLE: Record<Phase, { label: string; className: string }> = {
  build: { label: PHASE_LABELS.build, className: "bg-brand-600 text-white" },
  maintain: { label: PHASE_LABELS.maintain, className: "bg-stone-300 text-stone-900" },
  reset: { label: PHASE_LABELS.reset, className: "bg-amber-400 text-stone-900" },
};

export function WeeklyVolume() {
  const trpc = useTRPC();
  const query = useQuery(trpc.training.weekly.queryOptions());
  const signals = useQuery(trpc.training.signals.queryOptions());
  if (query.isPending) return <div className="card h-80 animate-pulse" role="status" aria-label="Loading weekly volume" />;
  if (query.isError) return <p role="alert" className="card text-red-800">{messageOf(query.error)}</p>;
  const { weeks, unit, downWeekSuggestion } = query.data;
  const data = weeks.map((w) => ({ ...w, label: formatShortDay(w.weekStart) }));
  const empty = weeks.every((w) => w.sessions === 0);

  return (
    <section aria-labelledby="weekly-heading" className="space-y-4">
      {downWeekSuggestion ? (
        <div className="card border-amber-300 bg-amber-50" data-testid="down-week-suggestion">
          <h2 className="text-lg font-semibold text-stone-900">Time for a down week</h2>
          <p className="mt-1 text-stone-800">
            You&apos;ve built three weeks in a row ({downWeekSuggestion.basedOn.join(" → ")} {unit}). Cutting back now lets that work sink in:
            aim for about{" "}
            <strong>
              {downWeekSuggestion.low}–{downWeekSuggestion.high} {unit}
            </strong>{" "}
            this week (20–30% lower), then build on from there.
          </p>
        </div>
      ) : null}
      <div className="card">
        <h2 id="weekly-heading" className="text-lg font-semibold">Weekly distance and load</h2>
        <p className="text-sm text-stone-600">The last 12 weeks, Monday to Sunday in your time zone. The band underneath shows each week&apos;s phase.</p>
        {empty ? (
          <p className="mt-4 rounded-xl bg-stone-50 p-4 text-stone-700">No sessions in the last 12 weeks yet. Log one below and your weeks will fill in here.</p>
        ) : (
          <>
            <div className="mt-4 h-64 w-full" aria-hidden="true">
              <ResponsiveContainer width="100%" height="100%">
                <ComposedChart data={data} margin={{ top: 8, right: 4, left: -16, bottom: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
                  <YAxis yAxisId="d" tick={{ fontSize: 11 }} />
                  <YAxis yAxisId="l" orientation="right" tick={{ fontSize: 11 }} />
                  <Tooltip formatter={(value, name) => [value, name]} />
                  <Legend wrapperStyle={{ fontSize: 12 }} />
                  <Bar yAxisId="d" dataKey="distance" name={`Distance (${unit})`} radius={[4, 4, 0, 0]}>
                    {data.map((w) => (
                      <Cell key={w.weekStart} fill={w.downWeek ? "#fbbf24" : w.current ? "#6ee7b7" : "#059669"} />
                    ))}
                  </Bar>
                  <Line yAxisId="l" dataKey="load" name="Load (RPE × min)" stroke="#44403c" strokeWidth={2} dot={{ r: 2 }} />
                </ComposedChart>
              </ResponsiveContainer>
            </div>
            <ol className="mt-2 grid grid-cols-12 gap-0.5" aria-label="Phase per week">
              {data.map((w) => (
                <li
                  key={w.weekStart}
                  title={`${w.label}: ${PHASE_STYLE[w.phase].label}${w.downWeek ? ", down week" : ""}`}
                  className={`relative flex h-7 items-center justify-center rounded text-[10px] font-semibold ${PHASE_STYLE[w.phase].className}`}
                >
                  <span aria-hidden="true">{PHASE_STYLE[w.phase].label.slice(0, 1)}</span>
                  {w.downWeek ? <span aria-hidden="true" className="absolute -top-3 text-xs text-amber-700">▼</span> : null}
                  <span className="sr-only">
                    Week of {w.label}: {PHASE_STYLE[w.phase].label}
                    {w.downWeek ? ", down week" : ""}
                  </span>
                </li>
              ))}
            </ol>
            <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
              {Object.values(PHASE_STYLE).map((p) => (
                <span key={p.label} className="inline-flex items-center gap-1">
                  <span aria-hidden="true" className={`inline-block size-3 rounded ${p.className}`} /> {p.label}
                </span>
              ))}
              <span className="inline-flex items-center gap-1"><span aria-hidden="true" className="text-amber-700">▼</span> Down week (20% or more below the week before)</span>
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
                        <td className="py-1">{PHASE_STYLE[w.phase].label}{w.downWeek ? ", down week" : ""}</td>
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
