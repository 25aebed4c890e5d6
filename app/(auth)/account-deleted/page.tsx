import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted" };

/** Where a runner lands, signed out, after deleting their account: word that it worked, and what is left to do. */
export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="card space-y-3">
        <CircleCheck aria-hidden className="size-8 text-brand-700" />
        <h1 className="page-title">Your account is deleted</h1>
        <p className="text-stone-700">
          Your profile, training, goals, check-ins and club posts are gone, and you are signed out. No one can sign in
          to it again.
        </p>
        <p className="text-stone-700">You are always welcome back: a new account starts fresh.</p>
        <div className="flex flex-wrap gap-3 pt-1">
          <Link href="/" className="btn-secondary">Back to the start</Link>
          <Link href="/signup" className="btn-primary">Create a new account</Link>
        </div>
      </div>
    </div>
  );
}
