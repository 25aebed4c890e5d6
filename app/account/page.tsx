import type { Metadata } from "next";
import { getApi } from "@/server/caller";
import { DeleteAccountForm } from "./delete-account-form";

export const metadata: Metadata = { title: "Your data" };

export default async function AccountPage() {
  const api = await getApi();
  const me = await api.account.me();
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="page-title">Your data</h1>
        <p className="mt-1 text-stone-700">Signed in as {me.email}. Your data is yours: take a copy any time, or delete it all.</p>
      </div>
      <section className="card space-y-3" aria-labelledby="download-heading">
        <h2 id="download-heading" className="text-lg font-semibold">Download everything</h2>
        <p className="text-stone-700">
          One file with your profile, training sessions, races, goals, check-ins (and which clubs you shared them with), club
          memberships, group-run RSVPs, recovery blocks you were given (with your notes on each day), the comments and reactions you
          posted, and your notifications. Your password is never included.
        </p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
          <li><strong>JSON</strong>: everything in one structured file, good for moving to another app.</li>
          <li><strong>CSV</strong>: one section per table, each starting with a line like <span className="font-mono"># trainingSessions</span> and its own header row. Opens in any spreadsheet.</li>
        </ul>
        <div className="flex flex-wrap gap-3">
          <a href="/account/export?format=json" className="btn-primary" download>Download JSON</a>
          <a href="/account/export?format=csv" className="btn-secondary" download>Download CSV</a>
        </div>
      </section>
      <section className="card space-y-3 border-red-200" aria-labelledby="delete-heading">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-800">Delete your account</h2>
        <p className="text-stone-700">This can&apos;t be undone. When you delete your account:</p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-stone-700">
          <li>your profile, training log, races, goals and check-ins are deleted;</li>
          <li>
            <strong>your posts in club feeds are deleted too</strong>, along with the comments and reactions others left on them, and the
            comments and reactions you left on other people&apos;s posts;
          </li>
          <li>you leave every club you belong to. If you are the only owner of a club, make another member the owner first.</li>
        </ul>
        <p className="text-sm text-stone-700">Download a copy above first if you might want it later.</p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
