import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadClub } from "../../load-club";
import { RunForm } from "./run-form";

export const metadata: Metadata = { title: "Schedule a group run" };

export default async function NewRunPage({ params }: { params: Promise<{ slug: string }> }) {
  const club = await loadClub((await params).slug);
  if (club.privacy === "private" && !club.myRole) notFound();
  if (club.myRole !== "owner" && club.myRole !== "coach") {
    return <p className="card text-stone-700">Only the club&apos;s coaches and owner can schedule group runs.</p>;
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h2 className="text-xl font-semibold">Schedule a group run</h2>
      <RunForm clubId={club.id} slug={club.slug} timeZone={club.timeZone} minLocal={format(new TZDate(new Date(), club.timeZone), "yyyy-MM-dd'T'HH:mm")} />
    </div>
  );
}
