"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DistanceUnit } from "@/contract/values";
import { formatPace } from "../pace";

const BAR = "#15803d";

/** Pace per split as bars (seconds per unit, so a taller bar is a slower split). The table beside it says the same. */
export function SplitsChart({ data, unit }: { data: { label: string; pace: number | null }[]; unit: DistanceUnit }) {
  const paces = data.map((d) => d.pace).filter((p) => p !== null);
  // Start the axis a little under the fastest split, so a 10-second difference is visible.
  const floor = paces.length ? Math.max(0, Math.floor((Math.min(...paces) - 30) / 30) * 30) : 0;
  return (
    <div className="h-48 w-full" aria-hidden="true" data-testid="splits-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 4, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis domain={[floor, "auto"]} tick={{ fontSize: 11 }} width={48} tickFormatter={(v: number) => formatPace(v, unit).replace(` /${unit}`, "")} />
          <Tooltip formatter={(value) => [formatPace(Number(value), unit), "Pace"]} labelFormatter={(label) => `${unit} ${String(label)}`} />
          <Bar dataKey="pace" name="Pace" fill={BAR} radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
