"use client";
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { PHASE_PALETTE, type PhaseOrNone } from "@/app/_lib/palette";
import { LOAD_LINE } from "./weekly-volume-palette";

type Week = { weekStart: string; label: string; distance: number; load: number; phase: PhaseOrNone };

/**
 * Weekly distance as bars in their phase's colour, with load as a line. Loaded on its own (next/dynamic) so recharts
 * is fetched only where a chart shows; hidden from screen readers, with no tab stop, since the table says the same.
 */
export default function WeeklyVolumeChart({ data, unit }: { data: Week[]; unit: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={{ top: 8, right: 4, left: -16, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis yAxisId="d" tick={{ fontSize: 11 }} />
        <YAxis yAxisId="l" orientation="right" tick={{ fontSize: 11 }} />
        <Tooltip formatter={(value, name) => [value, name]} />
        <Bar yAxisId="d" dataKey="distance" name={`Distance (${unit})`} radius={[4, 4, 0, 0]}>
          {data.map((w) => (
            <Cell key={w.weekStart} fill={PHASE_PALETTE[w.phase].hex} />
          ))}
        </Bar>
        <Line yAxisId="l" dataKey="load" name="Load (RPE × min)" stroke={LOAD_LINE} strokeWidth={2} dot={{ r: 2 }} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
