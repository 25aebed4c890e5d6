import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getApi } from "@/server/caller";
import { orNotFound } from "@/app/_lib/server-call";
import { loadClub } from "../../load-club";
import { TemplateForm } from "../template-form";

export const metadata: Metadata = { title: "Edit template" };

export default async function EditTemplatePage({ params }: { params: Promise<{ slug: string; templateId: string }> }) {
  const { slug, templateId } = await params;
  const club = await loadClub(slug);
  if (club.myRole !== "owner" && club.myRole !== "coach") notFound();
  const api = await getApi();
  const template = await orNotFound(api.templates.byId({ clubId: club.id, templateId }));
  // Built-ins are copied, never edited in place.
  if (template.builtIn) notFound();
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">Edit {template.name}</h2>
      <TemplateForm
        clubId={club.id}
        slug={club.slug}
        templateId={template.id}
        initial={{ name: template.name, description: template.description, phase: template.phase, days: template.days }}
      />
    </div>
  );
}
