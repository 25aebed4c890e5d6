import type { Metadata } from "next";
import { ConfirmLinkForm } from "../confirm-link-form";

export const metadata: Metadata = { title: "Confirm your new email", referrer: "no-referrer" };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="page-title">Confirm your new email</h1>
        <p className="mt-1 text-stone-700">Your account moves to this address once you confirm. Your old address is told.</p>
      </div>
      {token ? <ConfirmLinkForm token={token} kind="change" label="Use this address" /> : <p className="card text-stone-700">This page needs the link from your email. Ask for the change again from your profile.</p>}
    </div>
  );
}
