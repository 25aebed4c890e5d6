import type { Metadata } from "next";
import Link from "next/link";
import { getApi } from "@/server/caller";
import { orNotFound } from "@/app/_lib/server-call";
import { metresTo } from "@/app/_lib/format";
import { SessionForm } from "../../session-form";

export const metadata: Metadata = { title: "Edit session" };

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const api = await getApi();
  const session = await orNotFound(api.training.get({ id }));
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <Link href="/training" className="text-sm text-brand-800 hover:underline">← Training</Link>
        <h1 className="page-title mt-1">Edit session</h1>
      </div>
      <div className="card">
        <SessionForm
          unit={session.unit}
          session={{
            id: session.id,
            date: session.date,
            type: session.type,
            durationMin: session.durationMin,
            distance: session.distanceM === null ? null : metresTo(session.distanceM, session.unit),
            rpe: session.rpe,
            notes: session.notes,
            fromCheckin: session.source === "checkin",
          }}
        />
      </div>
    </div>
  );
}
