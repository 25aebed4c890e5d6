import type { Metadata } from "next";
import Link from "next/link";
import { getApi } from "@/server/caller";
import { currentSession } from "@/server/auth";
import { JOIN_POLICY_LABELS } from "@/app/_lib/labels/clubs";
import { RunCard } from "../../_components/run-card";
import { loadClub } from "../load-club";
import { MemberList } from "../member-list";
import { MembershipActions } from "../membership-actions";
import { StaffSections } from "../staff-sections";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const club = await loadClub((await params).slug);
  return { title: club.name };
}

export default async function ClubOverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const club = await loadClub((await params).slug);
  const [session, api] = await Promise.all([currentSession(), getApi()]);
  const canSeeRuns = club.privacy === "public" || club.myRole !== null;
  const runs = canSeeRuns ? await api.groupRuns.list({ clubId: club.id, when: "upcoming", limit: 3 }) : null;
  const staff = club.myRole === "owner" || club.myRole === "coach";

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <section className="card space-y-3" aria-labelledby="about-heading">
          <h2 id="about-heading" className="text-lg font-semibold">About</h2>
          <p className="whitespace-pre-line break-words text-stone-800">{club.description || "No description yet."}</p>
          <p className="text-sm text-stone-600">
            {JOIN_POLICY_LABELS[club.joinPolicy]} · times shown in {club.timeZone.replaceAll("_", " ")}
          </p>
          <MembershipActions
            clubId={club.id}
            slug={club.slug}
            signedIn={Boolean(session?.user?.id)}
            joinPolicy={club.joinPolicy}
            myRole={club.myRole}
            myStatus={club.myStatus}
          />
        </section>

        {runs ? (
          <section className="space-y-3" aria-labelledby="runs-heading">
            <div className="flex items-center justify-between gap-2">
              <h2 id="runs-heading" className="text-lg font-semibold">Upcoming group runs</h2>
              <Link href={`/clubs/${club.slug}/runs`} className="text-sm font-medium text-brand-800 underline">
                All runs
              </Link>
            </div>
            {runs.items.length === 0 ? (
              <p className="card text-sm text-stone-600">
                No group runs scheduled.{staff ? " Schedule one from the Group runs tab." : ""}
              </p>
            ) : (
              runs.items.map((run) => <RunCard key={run.id} run={run} slug={club.slug} timeZone={club.timeZone} />)
            )}
          </section>
        ) : null}

        {staff ? <StaffSections clubId={club.id} /> : null}
      </div>

      <aside className="space-y-6">
        <section className="card space-y-3" aria-labelledby="members-heading">
          <h2 id="members-heading" className="text-lg font-semibold">Members ({club.memberCount})</h2>
          {club.myRole ? <MemberList clubId={club.id} /> : <p className="text-sm text-stone-600">Only members see who is in the club.</p>}
        </section>
      </aside>
    </div>
  );
}
