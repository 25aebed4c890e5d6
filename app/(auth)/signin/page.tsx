import type { Metadata } from "next";
import { AuthForm } from "../auth-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="page-title">Welcome back</h1>
        <p className="mt-1 text-stone-700">Sign in to check in and see your club.</p>
      </div>
      <AuthForm mode="signin" callbackUrl={callbackUrl} />
    </div>
  );
}
