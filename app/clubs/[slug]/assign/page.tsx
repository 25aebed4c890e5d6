import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getApi } from "@/server/caller";
import { loadClub } from "../load-club";
import { AssignForm } from "./assign-form";

export const metadata: Metadata = { title: "Assign a block" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AssignPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ athletes?: string; template?: string; checkin?: string }>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const club = await loadClub(slug);
  if (club.myRole !== "owner" && club.myRole !== "coach") notFound();
  const ids = (query.athletes ?? "").split(",").filter((id) => UUID.test(id)).slice(0, 200);
  const api = await getApi();
  const [templates, athletes] = await Promise.all([
    api.templates.list({ clubId: club.id }),
    api.blocks.assignable({ clubId: club.id, ids, limit: 100 }),
  ]);
  const template = templates.find((t) => t.key === query.template || t.id === query.template);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: club.timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">Assign a block</h2>
        <p className="text-sm text-stone-700">Each athlete gets their own day-by-day plan, starting on the date you pick in their own time zone.</p>
      </div>
      <AssignForm
        clubId={club.id}
        slug={club.slug}
        templates={templates.map((t) => ({ value: t.key ?? t.id, name: t.name, days: t.dayCount, builtIn: t.builtIn, description: t.description }))}
        athletes={athletes}
        initial={{
          athleteIds: ids.filter((id) => athletes.some((a) => a.id === id)),
          template: template ? (template.key ?? template.id) : "",
          startDate: today,
          reasonCheckinId: query.checkin && UUID.test(query.checkin) ? query.checkin : null,
        }}
      />
    </div>
  );
}
