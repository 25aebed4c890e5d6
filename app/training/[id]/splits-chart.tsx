"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DistanceUnit } from "@/contract/values";
import { formatPace } from "../pace";

// Theme variables (green-700 here), so dark mode turns the chart around with the page (globals.css).
const BAR = "var(--color-green-700)";

/** Loaded on its own (next/dynamic), so recharts comes only with a session that has splits.
 * Pace per split as bars (seconds per unit, so a taller bar is a slower split). The table beside it says the same. */
export default function SplitsChart({ data, unit }: { data: { label: string; pace: number | null }[]; unit: DistanceUnit }) {
  const paces = data.map((d) => d.pace).filter((p) => p !== null);
  // The axis runs from a little under the fastest split to a little over the slowest, on whole half-minutes (or
  // minutes, for a wide range; five ticks at most), so a 10-second difference shows and the ticks read as paces.
  const fastest = paces.length ? Math.min(...paces) : 0;
  const slowest = paces.length ? Math.max(...paces) : 60;
  const step = [30, 60, 120, 300].find((st) => (slowest - fastest + 30) / st <= 5) ?? 600;
  const low = Math.max(0, Math.floor((fastest - 15) / step) * step);
  const high = Math.ceil((slowest + 15) / step) * step;
  const ticks = Array.from({ length: Math.round((high - low) / step) + 1 }, (_, i) => low + i * step);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 4, left: 0, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} />
        <YAxis domain={[low, high]} ticks={ticks} tick={{ fontSize: 11 }} width={48} tickFormatter={(v: number) => formatPace(v, unit).replace(` /${unit}`, "")} />
        <Tooltip formatter={(value) => [formatPace(Number(value), unit), "Pace"]} labelFormatter={(label) => `${unit} ${String(label)}`} />
        <Bar dataKey="pace" name="Pace" fill={BAR} radius={[4, 4, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
