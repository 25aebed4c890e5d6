import { ClubTabs, type ClubTab } from "./club-tabs";
import { loadClub } from "./load-club";

export default async function ClubLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const club = await loadClub(slug);
  const base = `/clubs/${club.slug}`;
  const staff = club.myRole === "owner" || club.myRole === "coach";
  const tabs: ClubTab[] = [
    { href: base, label: "Overview" },
    ...(club.myRole ? [{ href: `${base}/feed`, label: "Feed" }] : []),
    ...(club.myRole || club.privacy === "public" ? [{ href: `${base}/runs`, label: "Group runs" }] : []),
    ...(staff ? [{ href: `${base}/dashboard`, label: "Dashboard" }, { href: `${base}/templates`, label: "Templates" }] : []),
    ...(club.myRole === "owner" ? [{ href: `${base}/settings`, label: "Settings" }] : []),
  ];
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <div>
          <p className="text-sm font-medium text-brand-700">
            {club.area || "Run club"} · {club.memberCount} {club.memberCount === 1 ? "member" : "members"}
            {club.privacy === "private" ? " · Private" : ""}
          </p>
          <h1 className="page-title break-words">{club.name}</h1>
        </div>
        <ClubTabs tabs={tabs} base={base} />
      </header>
      {children}
    </div>
  );
}
