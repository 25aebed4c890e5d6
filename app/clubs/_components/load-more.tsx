export function LoadMore({ hasMore, loading, onClick, label = "Show more" }: { hasMore: boolean; loading: boolean; onClick: () => void; label?: string }) {
  if (!hasMore) return null;
  return (
    <button type="button" className="btn-secondary w-full" onClick={onClick} disabled={loading}>
      {loading ? "Loading…" : label}
    </button>
  );
}
