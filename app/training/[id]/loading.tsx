export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-3xl space-y-4 py-6">
      <span className="sr-only">Loading the session…</span>
      <div className="h-8 w-48 animate-pulse rounded-lg bg-stone-200" />
      <div className="h-32 animate-pulse rounded-2xl bg-stone-200" />
      <div className="h-64 animate-pulse rounded-2xl bg-stone-200" />
    </div>
  );
}
