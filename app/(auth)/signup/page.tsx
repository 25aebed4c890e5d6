import type { Metadata } from "next";
import { safeCallbackUrl } from "../../_components/safe-redirect";
import { AuthForm } from "../auth-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="page-title">Join Run Forward</h1>
        <p className="mt-1 text-stone-700">Honest check-ins, a supportive club and a coach who knows when to step you back.</p>
      </div>
      {/* Only a path on this app is carried on; the action checks it again when it redirects. */}
      <AuthForm mode="signup" callbackUrl={safeCallbackUrl(callbackUrl, "") || undefined} />
    </div>
  );
}
