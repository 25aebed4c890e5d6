import { requireClubStaff } from "../require-club-role";

/** Checks access before the section's loading state streams, so a refusal answers HTTP 404. */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  await requireClubStaff((await params).slug);
  return children;
}
