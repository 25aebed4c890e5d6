import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="page-title">Choose a new password</h1>
        <p className="mt-1 text-stone-700">Setting it signs you out on every device, so anyone who knew the old one is out too.</p>
      </div>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="card text-stone-700">
          This page needs the link from your email.{" "}
          <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </div>
  );
}
