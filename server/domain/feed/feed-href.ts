/** Where a feed notification takes its reader. */
export function feedHref(clubSlug: string, checkinId: string): string {
  return `/clubs/${clubSlug}/feed#checkin-${checkinId}`;
}
