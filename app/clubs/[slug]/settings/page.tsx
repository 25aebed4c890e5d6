import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClubForm } from "../../_components/club-form";
import { loadClub } from "../load-club";
import { AuditLog } from "./audit-log";
import { DeleteClub } from "./delete-club";
import { ManageMembers } from "./manage-members";

export const metadata: Metadata = { title: "Club settings" };

export default async function ClubSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const club = await loadClub((await params).slug);
  if (club.privacy === "private" && !club.myRole) notFound();
  if (club.myRole !== "owner") return <p className="card text-stone-700">Only the club&apos;s owner can change its settings.</p>;
  return (
    <div className="space-y-8">
      <section className="space-y-3" aria-labelledby="details-heading">
        <h2 id="details-heading" className="text-xl font-semibold">Club details</h2>
        <ClubForm
          clubId={club.id}
          timeZones={Intl.supportedValuesOf("timeZone")}
          initial={{ name: club.name, slug: club.slug, description: club.description, area: club.area, timeZone: club.timeZone, privacy: club.privacy, joinPolicy: club.joinPolicy }}
        />
      </section>
      <section className="card space-y-3" aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-xl font-semibold">Members and roles</h2>
        <p className="text-sm text-stone-600">Coaches can approve requests, make invite links and schedule group runs.</p>
        <ManageMembers clubId={club.id} slug={club.slug} />
      </section>
      <section className="card space-y-3" aria-labelledby="audit-heading">
        <h2 id="audit-heading" className="text-xl font-semibold">Audit log</h2>
        <AuditLog clubId={club.id} timeZone={club.timeZone} />
      </section>
      <section className="card space-y-3 border-red-200" aria-labelledby="danger-heading">
        <h2 id="danger-heading" className="text-xl font-semibold text-red-800">Delete the club</h2>
        <DeleteClub clubId={club.id} name={club.name} />
      </section>
    </div>
  );
}
