import { loadSession } from "./load-session";

/** Looks the session up before its loading state streams, so a missing or someone else's answers HTTP 404. */
export default async function Layout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await loadSession((await params).id);
  return children;
}
