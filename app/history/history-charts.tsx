"use client";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay, formatShortDay } from "@/app/_lib/format";
import { VERDICT_PALETTE } from "@/app/_lib/palette";
import { VERDICTS } from "@/contract/values";
import type { RouterOutputs } from "@/app/_trpc/client";

type History = RouterOutputs["checkins"]["history"];

/** Eight weeks at a glance: wellness by day, verdicts by week, weekly load. */
export function HistoryCharts({ history }: { history: History }) {
  const weeks = history.weeks.map((w) => ({ ...w, label: formatShortDay(w.weekStart) }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <figure className="card lg:col-span-2">
        <figcaption className="mb-2">
          <span className="font-semibold">Wellness index</span>{" "}
          <span className="text-sm text-stone-600">(sleep, fatigue, stress, soreness; 4 is best, 28 worst)</span>
        </figcaption>
        {history.days.length === 0 ? (
          <p className="text-stone-600">No check-ins in the last 8 weeks yet.</p>
        ) : (
          <div className="h-56" role="img" aria-label={`Wellness index over ${history.days.length} check-ins`}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={history.days.map((d) => ({ ...d, label: formatShortDay(d.date) }))} margin={{ left: -20, right: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />
                <XAxis dataKey="label" fontSize={12} />
                <YAxis domain={[4, 28]} reversed fontSize={12} />
                <Tooltip labelFormatter={(_l, p) => (p?.[0] ? formatDay(String(p[0].payload.date)) : "")} />
                <Line type="monotone" dataKey="wellnessIndex" name="Wellness index" stroke="#047857" strokeWidth={2} dot={{ r: 3 }} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
      </figure>
      <figure className="card">
        <figcaption className="mb-2 font-semibold">Verdicts by week</figcaption>
        <div className="h-56" role="img" aria-label="Verdicts per week, stacked">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={weeks} margin={{ left: -20, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />
              <XAxis dataKey="label" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} />
              <Tooltip />
              <Legend />
              {VERDICTS.map((v) => (
                <Bar key={v} dataKey={v} name={VERDICT_PALETTE[v].label} stackId="v" fill={VERDICT_PALETTE[v].hex} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="card">
        <figcaption className="mb-2">
          <span className="font-semibold">Weekly load</span> <span className="text-sm text-stone-600">(effort × minutes)</span>
        </figcaption>
        <div className="h-56" role="img" aria-label="Training load per week">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={weeks} margin={{ left: -10, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />
              <XAxis dataKey="label" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} />
              <Tooltip />
              <Bar dataKey="load" name="Load" fill="#0f766e" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
