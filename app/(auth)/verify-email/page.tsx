import type { Metadata } from "next";
import { ConfirmLinkForm } from "../confirm-link-form";

export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="page-title">Confirm your email</h1>
        <p className="mt-1 text-stone-700">Once it&apos;s confirmed, Run Forward can email you about your clubs, coaches and training.</p>
      </div>
      {token ? <ConfirmLinkForm token={token} kind="verify" label="Confirm my email" /> : <p className="card text-stone-700">This page needs the link from your email. Your profile can send a new one.</p>}
    </div>
  );
}
