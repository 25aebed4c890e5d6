import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getApi } from "@/server/caller";
import { loadClub } from "../../load-club";
import { TRIAGE_PAGE } from "../page-size";
import { TriageView } from "../triage-view";

export const metadata: Metadata = { title: "Coach dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const club = await loadClub(slug);
  // The dashboard is for the club's coaches and owner only; the API refuses everyone else too.
  if (club.myRole !== "owner" && club.myRole !== "coach") notFound();
  // The first page comes with the HTML, so a coach on a phone sees who needs them before any script has run.
  const api = await getApi();
  const first = await api.dashboard.athletes({ clubId: club.id, limit: TRIAGE_PAGE, filter: "all" });
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">Athletes by need</h2>
        <p className="text-sm text-stone-700">
          Built only from check-ins your athletes shared with coaches or with {club.name}. Flagged runners come first.
        </p>
      </div>
      <TriageView clubId={club.id} slug={club.slug} first={first} />
    </div>
  );
}
