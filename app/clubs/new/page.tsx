import type { Metadata } from "next";
import { getApi } from "@/server/caller";
import { ClubForm } from "../_components/club-form";

export const metadata: Metadata = { title: "Start a club" };

export default async function NewClubPage() {
  const api = await getApi();
  const me = await api.account.me();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="page-title">Start a club</h1>
        <p className="mt-1 text-stone-700">You&apos;ll be its owner. You can change all of this later.</p>
      </div>
      <ClubForm
        timeZones={Intl.supportedValuesOf("timeZone")}
        initial={{ name: "", slug: "", description: "", area: "", timeZone: me.timeZone, privacy: "public", joinPolicy: "open" }}
      />
    </div>
  );
}
