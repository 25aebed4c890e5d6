export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading clubs…</span>
      <div className="h-8 w-40 animate-pulse rounded-lg bg-stone-200" />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="h-24 animate-pulse rounded-2xl bg-stone-200" />
        <div className="h-24 animate-pulse rounded-2xl bg-stone-200" />
      </div>
    </div>
  );
}
