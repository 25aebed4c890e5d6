import "server-only";
import { notFound } from "next/navigation";
import { loadClub } from "./load-club";

// Called from a section's layout.tsx, which renders before that section's loading.tsx boundary streams anything,
// so a refusal is still a real HTTP 404. A section someone may not see answers 404 rather than 403, as a club the
// caller can't see does: the answer never says what exists.

/** The club, for its members only (a requester or a visitor gets the 404). */
export async function requireClubMember(slug: string) {
  const club = await loadClub(slug);
  if (!club.myRole) notFound();
  return club;
}

/** The club, for its owner and coaches only. */
export async function requireClubStaff(slug: string) {
  const club = await loadClub(slug);
  if (club.myRole !== "owner" && club.myRole !== "coach") notFound();
  return club;
}
