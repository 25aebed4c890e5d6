export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4 py-6">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-48 animate-pulse rounded-lg bg-stone-200" />
      <div className="h-32 animate-pulse rounded-2xl bg-stone-200" />
      <div className="h-32 animate-pulse rounded-2xl bg-stone-200" />
    </div>
  );
}
