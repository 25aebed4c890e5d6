import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadClub } from "../load-club";
import { RunList } from "./run-list";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: `Group runs · ${(await loadClub((await params).slug)).name}` };
}

export default async function GroupRunsPage({ params }: { params: Promise<{ slug: string }> }) {
  const club = await loadClub((await params).slug);
  // A pending requester of a private club sees its name, not its schedule.
  if (club.privacy === "private" && !club.myRole) notFound();
  const staff = club.myRole === "owner" || club.myRole === "coach";
  return (
    <div className="space-y-8">
      <section className="space-y-3" aria-labelledby="upcoming-heading">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="upcoming-heading" className="text-xl font-semibold">Upcoming group runs</h2>
          {staff ? (
            <Link href={`/clubs/${club.slug}/runs/new`} className="btn-primary">
              Schedule a run
            </Link>
          ) : null}
        </div>
        <p className="text-sm text-stone-600">Times are in the club&apos;s time zone, {club.timeZone.replaceAll("_", " ")}.</p>
        <RunList clubId={club.id} slug={club.slug} timeZone={club.timeZone} when="upcoming" isMember={club.myRole !== null} empty="No group runs scheduled yet." />
      </section>
      <section className="space-y-3" aria-labelledby="past-heading">
        <h2 id="past-heading" className="text-xl font-semibold">Past runs</h2>
        <RunList clubId={club.id} slug={club.slug} timeZone={club.timeZone} when="past" isMember={club.myRole !== null} empty="No past runs yet." />
      </section>
    </div>
  );
}
