export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-2xl space-y-4">
      <span className="sr-only">Loading today&rsquo;s plan…</span>
      <div className="h-8 w-32 animate-pulse rounded-lg bg-stone-200" />
      <div className="h-56 animate-pulse rounded-2xl bg-stone-200" />
      <div className="h-24 animate-pulse rounded-2xl bg-stone-200" />
    </div>
  );
}
