"use client";

/** The app's answer when a page fails: plain words, and a way to try again. */
export function SomethingWentWrong({ onRetry }: { onRetry: () => void }) {
  return (
    <>
      <h1 className="page-title">Something went wrong</h1>
      <p className="text-stone-700">That didn&apos;t work. It&apos;s not you: please try again in a moment.</p>
      <button type="button" onClick={onRetry} className="btn-primary">
        Try again
      </button>
    </>
  );
}
