import type { Metadata } from "next";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="page-title">Forgot your password?</h1>
        <p className="mt-1 text-stone-700">Enter the email you signed up with and we&apos;ll send you a link to choose a new one.</p>
      </div>
      <ForgotPasswordForm />
    </div>
  );
}
