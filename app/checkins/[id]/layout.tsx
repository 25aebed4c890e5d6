import { loadCheckin } from "./load-checkin";

/** Looks the check-in up before its loading state streams, so a missing or hidden one answers HTTP 404. */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await loadCheckin((await params).id);
  return children;
}
