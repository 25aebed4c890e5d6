"use client";
import { SomethingWentWrong } from "./_components/something-went-wrong";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md space-y-4 py-16 text-center">
      <SomethingWentWrong onRetry={reset} />
    </div>
  );
}
