export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4 py-6">
      <span className="sr-only">Loading your training…</span>
      <div className="h-8 w-40 animate-pulse rounded-lg bg-stone-200" />
      <div className="h-28 animate-pulse rounded-2xl bg-stone-200" />
      <div className="h-80 animate-pulse rounded-2xl bg-stone-200" />
    </div>
  );
}
