export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">Loading…</span>
      <div className="h-64 animate-pulse rounded-2xl bg-stone-200" />
    </div>
  );
}
