import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getApi } from "@/server/caller";
import { PHASE_LABELS } from "@/app/_lib/labels/phases";
import { possessive } from "@/app/_lib/format";
import { loadClub } from "../../load-club";
import { CopyTemplateButton, DeleteTemplateButton } from "../template-actions";

export const metadata: Metadata = { title: "Block templates" };

export default async function TemplatesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const club = await loadClub(slug);
  if (club.myRole !== "owner" && club.myRole !== "coach") notFound();
  const api = await getApi();
  const templates = await api.templates.list({ clubId: club.id });
  const builtIns = templates.filter((t) => t.builtIn);
  const own = templates.filter((t) => !t.builtIn);
  const card = (t: (typeof templates)[number]) => (
    <li key={t.id} className="card space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="font-semibold">{t.name}</h4>
        <span className="text-sm text-stone-600">
          {PHASE_LABELS[t.phase]} · {t.dayCount} days
        </span>
      </div>
      {t.description ? <p className="text-sm text-stone-700">{t.description}</p> : null}
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-800">See the days</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
          {t.days.map((d) => (
            <li key={d.id}>
              {d.summary}
              {d.notes ? <span className="text-stone-600"> — {d.notes}</span> : null}
            </li>
          ))}
        </ol>
      </details>
      <div className="flex flex-wrap gap-2">
        <Link href={`/clubs/${slug}/assign?template=${t.key ?? t.id}`} className="btn-primary">
          Assign
        </Link>
        <CopyTemplateButton templateId={t.id} slug={slug} name={t.name} />
        {!t.builtIn ? (
          <>
            <Link href={`/clubs/${slug}/templates/${t.id}`} className="btn-secondary">
              Edit
            </Link>
            <DeleteTemplateButton clubId={club.id} templateId={t.id} name={t.name} />
          </>
        ) : null}
      </div>
    </li>
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">Block templates</h2>
        <Link href={`/clubs/${slug}/templates/new`} className="btn-primary">
          New template
        </Link>
      </div>
      <section className="space-y-3">
        <h3 className="text-lg font-semibold">{possessive(club.name)} templates</h3>
        {own.length ? <ul className="space-y-3">{own.map(card)}</ul> : <p className="text-stone-700">None yet. Copy a built-in below to adapt it, or start a new one.</p>}
      </section>
      <section className="space-y-3">
        <h3 className="text-lg font-semibold">Built-in reset phases</h3>
        <ul className="space-y-3">{builtIns.map(card)}</ul>
      </section>
    </div>
  );
}
