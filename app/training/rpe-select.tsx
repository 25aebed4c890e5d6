const LABELS = ["rest", "very easy", "easy", "moderate", "somewhat hard", "hard", "hard", "very hard", "very hard", "near max", "all-out"];

/** Effort 0-10, or not rated. */
export function RpeOptions() {
  return (
    <>
      <option value="">Not rated</option>
      {LABELS.map((label, i) => (
        <option key={i} value={i}>
          {i} · {label}
        </option>
      ))}
    </>
  );
}
