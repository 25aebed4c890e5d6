import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeedList } from "@/app/_components/feed/feed-list";
import { SlumpBanner } from "@/app/_components/feed/slump-banner";
import { getApi } from "@/server/caller";
import { loadClub } from "../load-club";

export const metadata: Metadata = { title: "Club feed" };

export default async function ClubFeedPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // A private club the caller can't see is a 404 here (loadClub calls api.clubs.bySlug).
  const club = await loadClub(slug);
  // feed/layout.tsx already answered 404 to anyone who is not a member.
  if (!club.myRole) notFound();
  const api = await getApi();
  const banner = await api.feed.banner({ clubId: club.id });
  return (
    <section aria-labelledby="feed-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="feed-title" className="text-xl font-bold">
          Club feed
        </h2>
        <Link href="/checkin" className="btn-primary">
          Check in
        </Link>
      </div>
      <SlumpBanner count={banner.count} />
      <FeedList clubId={club.id} />
    </section>
  );
}
