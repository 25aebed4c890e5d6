export default function Loading() {
  return (
    <div role="status" className="mx-auto max-w-2xl space-y-4">
      <span className="sr-only">Loading the check-in…</span>
      <div className="h-8 w-48 animate-pulse rounded-lg bg-stone-200" />
      <div className="h-32 animate-pulse rounded-2xl bg-stone-200" />
      <div className="h-48 animate-pulse rounded-2xl bg-stone-200" />
    </div>
  );
}
