import type { Metadata } from "next";
import { safeCallbackUrl } from "../../_components/safe-redirect";
import { AuthForm } from "../auth-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string }> }) {
  const { callbackUrl, reset } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="page-title">Welcome back</h1>
        <p className="mt-1 text-stone-700">Sign in to check in and see your club.</p>
      </div>
      {/* Only a path on this app is carried on; the action checks it again when it redirects. */}
      <AuthForm
        mode="signin"
        callbackUrl={safeCallbackUrl(callbackUrl, "") || undefined}
        notice={reset ? "Your password was changed and every device signed out. Sign in with your new password." : undefined}
      />
    </div>
  );
}
