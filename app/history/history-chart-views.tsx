"use client";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay, formatShortDay } from "@/app/_lib/format";
import { VERDICT_PALETTE } from "@/app/_lib/palette";
import { VERDICTS } from "@/contract/values";
import type { RouterOutputs } from "@/app/_trpc/client";

// The drawn charts, in a module of their own that next/dynamic loads once there is something to draw: recharts is
// the heaviest thing on the page and stays out of its first load. Each sits in a labelled role="img" box, so the
// SVG takes no tab stop (accessibilityLayer off).

// Theme variables (stone-200), so dark mode turns the chart around with the page (globals.css).
const GRID = "var(--color-stone-200)";

type History = RouterOutputs["checkins"]["history"];
type Week = History["weeks"][number] & { label: string };

export function WellnessLine({ days }: { days: History["days"] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={days.map((d) => ({ ...d, label: formatShortDay(d.date) }))} margin={{ left: -20, right: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
        <XAxis dataKey="label" fontSize={12} />
        <YAxis domain={[4, 28]} reversed fontSize={12} />
        <Tooltip labelFormatter={(_l, p) => (p?.[0] ? formatDay(String(p[0].payload.date)) : "")} />
        <Line type="monotone" dataKey="wellnessIndex" name="Wellness index" stroke="var(--color-brand-700)" strokeWidth={2} dot={{ r: 3 }} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function VerdictBars({ weeks }: { weeks: Week[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={weeks} margin={{ left: -20, right: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
        <XAxis dataKey="label" fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip />
        <Legend />
        {VERDICTS.map((v) => (
          <Bar key={v} dataKey={v} name={VERDICT_PALETTE[v].label} stackId="v" fill={VERDICT_PALETTE[v].hex} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function LoadBars({ weeks }: { weeks: Week[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={weeks} margin={{ left: -10, right: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
        <XAxis dataKey="label" fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip />
        <Bar dataKey="load" name="Load" fill="var(--color-teal-700)" />
      </BarChart>
    </ResponsiveContainer>
  );
}
