export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="grid gap-6 lg:grid-cols-3">
      <span className="sr-only">Loading the club…</span>
      <div className="h-48 animate-pulse rounded-2xl bg-stone-200 lg:col-span-2" />
      <div className="h-48 animate-pulse rounded-2xl bg-stone-200" />
    </div>
  );
}
