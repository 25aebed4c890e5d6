export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-xl space-y-4 py-6">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-40 animate-pulse rounded-lg bg-stone-200" />
      <div className="h-48 animate-pulse rounded-2xl bg-stone-200" />
    </div>
  );
}
