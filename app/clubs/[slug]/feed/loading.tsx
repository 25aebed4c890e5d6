export default function Loading() {
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">Loading the feed…</span>
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-32 animate-pulse rounded-2xl bg-stone-200" />
      ))}
    </div>
  );
}
