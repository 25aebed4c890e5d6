import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadClub } from "../../load-club";
import { TemplateForm } from "../template-form";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const club = await loadClub(slug);
  if (club.myRole !== "owner" && club.myRole !== "coach") notFound();
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">New template</h2>
      <TemplateForm clubId={club.id} slug={club.slug} />
    </div>
  );
}
