import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeedList } from "@/app/_components/feed/feed-list";
import { FEED_PAGE } from "@/app/_components/feed/page-size";
import { SlumpBanner } from "@/app/_components/feed/slump-banner";
import { todayInZone } from "@/app/_lib/format";
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
  // The first page comes with the HTML (the posts are what the reader came for), so it shows before any script runs.
  const [banner, first, me] = await Promise.all([
    api.feed.banner({ clubId: club.id }),
    api.feed.list({ clubId: club.id, limit: FEED_PAGE }),
    api.account.me(),
  ]);
  // "Today" and "Yesterday" are the reader's days in their own stored zone on the app's clock, worked out once here
  // and handed down, so the browser shows the same words the server rendered (no hydration mismatch). Where the
  // browser's zone differs from the stored one, the stored one wins: it is the zone the runner chose for their days.
  const today = todayInZone(me.timeZone);
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
      <FeedList clubId={club.id} first={first} today={today} />
    </section>
  );
}
