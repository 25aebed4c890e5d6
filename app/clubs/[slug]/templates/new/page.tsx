import type { Metadata } from "next";
import { orNotFound } from "@/app/_lib/server-call";
import { getApi } from "@/server/caller";
import { loadClub } from "../../load-club";
import { TemplateForm } from "../template-form";

export const metadata: Metadata = { title: "New template" };

/** A new template, blank or (with ?from=) filled from one to copy; either way the row is written only on save. */
export default async function NewTemplatePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ from?: string | string[] }>;
}) {
  const [{ slug }, { from }] = await Promise.all([params, searchParams]);
  // The templates layout already answered 404 to anyone but the club's owner and coaches.
  const club = await loadClub(slug);
  const source = typeof from === "string" && from ? from : null;
  const draft = source ? await orNotFound((await getApi()).templates.copyDraft({ clubId: club.id, templateId: source })) : null;
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{draft ? "Copy a template" : "New template"}</h2>
      {draft ? <p className="text-stone-700">Change what you need, then save: the copy is made only when you save it.</p> : null}
      <TemplateForm clubId={club.id} slug={club.slug} initial={draft ?? undefined} />
    </div>
  );
}
