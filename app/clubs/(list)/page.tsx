import type { Metadata } from "next";
import Link from "next/link";
import { getApi } from "@/server/caller";
import { RoleBadge } from "../_components/role-badge";

export const metadata: Metadata = { title: "My clubs" };

export default async function MyClubsPage() {
  const api = await getApi();
  const [clubs, requests] = await Promise.all([api.clubs.myClubs(), api.clubs.myRequests()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="page-title">My clubs</h1>
        <div className="flex gap-2">
          <Link href="/clubs/discover" className="btn-secondary">
            Find a club
          </Link>
          <Link href="/clubs/new" className="btn-primary">
            Start a club
          </Link>
        </div>
      </div>
      {clubs.length === 0 ? (
        <div className="card space-y-2">
          <p className="font-medium">You&apos;re not in a club yet.</p>
          <p className="text-sm text-stone-700">Clubs are where runners find company and accountability. Find one near you, or start your own.</p>
        </div>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="Your clubs">
          {clubs.map((c) => (
            <li key={c.id} className="card space-y-1">
              <div className="flex items-start justify-between gap-2">
                <Link href={`/clubs/${c.slug}`} className="text-lg font-semibold break-words hover:underline">
                  {c.name}
                </Link>
                <RoleBadge role={c.role} />
              </div>
              <p className="text-sm text-stone-600">
                {c.area || "No area"} · {c.memberCount} {c.memberCount === 1 ? "member" : "members"}
                {c.privacy === "private" ? " · Private" : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      {requests.length ? (
        <section className="space-y-3" aria-labelledby="requests-heading">
          <h2 id="requests-heading" className="text-lg font-semibold">Waiting for approval</h2>
          <ul className="space-y-2">
            {requests.map((c) => (
              <li key={c.id} className="card flex items-center justify-between gap-2">
                <Link href={`/clubs/${c.slug}`} className="font-medium hover:underline">
                  {c.name}
                </Link>
                <span className="text-sm text-amber-800">Request sent</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
