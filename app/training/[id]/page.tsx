import type { Metadata } from "next";
import Link from "next/link";
import { loadSession } from "./load-session";
import { SESSION_SOURCE_LABELS, SESSION_TYPE_LABELS } from "@/app/_lib/labels/training";
import { formatDayWithYear, formatDistance, formatMinutes } from "@/app/_lib/format";
import { formatClock, formatPace, paceSeconds } from "../pace";
import { SplitsSection } from "./splits-section";

export const metadata: Metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const s = await loadSession(id);
  const pace = formatPace(paceSeconds(s.distanceM, s.movingSec ?? (s.distanceM !== null ? s.durationMin * 60 : null), s.unit), s.unit);
  // Only the figures the session has: a hand-logged run has no heart rate or climb, and saying "—" six times is noise.
  const facts: [string, string][] = [
    ["Duration", formatMinutes(s.durationMin)],
    ["Distance", formatDistance(s.distanceM, s.unit)],
    ["Moving time", s.movingSec !== null ? formatClock(s.movingSec) : ""],
    ["Average pace", pace],
    ["Average heart rate", s.avgHr !== null ? `${s.avgHr} bpm` : ""],
    ["Max heart rate", s.maxHr !== null ? `${s.maxHr} bpm` : ""],
    ["Elevation gain", s.elevationGainM !== null ? `${s.elevationGainM} m` : ""],
    ["Effort", s.rpe !== null ? `RPE ${s.rpe} · load ${s.load}` : ""],
  ];
  const source = SESSION_SOURCE_LABELS[s.source];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link href="/training" className="text-sm text-brand-800 hover:underline">← Training</Link>
        <h1 className="page-title mt-1 break-words">{s.title || SESSION_TYPE_LABELS[s.type]}</h1>
        <p className="mt-1 text-stone-700">
          {s.title ? `${SESSION_TYPE_LABELS[s.type]} · ` : ""}
          {formatDayWithYear(s.date)}
          {source ? ` · ${source}` : ""}
        </p>
      </div>
      <section className="card" aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="sr-only">Figures</h2>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
          {facts
            .filter(([, value]) => value !== "")
            .map(([label, value]) => (
              <div key={label}>
                <dt className="text-sm text-stone-600">{label}</dt>
                <dd className="text-lg font-semibold tabular-nums text-stone-900">{value}</dd>
              </div>
            ))}
        </dl>
        {s.notes ? <p className="mt-4 whitespace-pre-line break-words text-stone-800">{s.notes}</p> : null}
        <Link href={`/training/${s.id}/edit`} className="btn-secondary mt-4 inline-block">Edit session</Link>
      </section>
      <SplitsSection splits={s.splits} unit={s.unit} fromFile={s.startedAt !== null} />
    </div>
  );
}
