/** Where a feed notification takes its reader. */
export function feedHref({ clubSlug, checkinId }: { clubSlug: string; checkinId: string }): string {
  return `/clubs/${clubSlug}/feed#checkin-${checkinId}`;
}
