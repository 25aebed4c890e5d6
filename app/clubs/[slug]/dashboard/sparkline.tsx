/** A 14-day wellness sparkline. The Hooper index runs 4-28 with lower better, so the line is drawn upside down: up is better. */
export function Sparkline({ points, today, days = 14 }: { points: { date: string; wellness: number }[]; today: string; days?: number }) {
  const w = 112;
  const h = 32;
  if (points.length === 0) return <span className="text-xs text-stone-500">No shared check-ins</span>;
  const end = Date.parse(`${today}T00:00:00Z`);
  const x = (date: string) => w - ((end - Date.parse(`${date}T00:00:00Z`)) / 86_400_000 / (days - 1)) * w;
  const y = (v: number) => ((v - 4) / 24) * (h - 4) + 2;
  const path = points.map((p) => `${x(p.date).toFixed(1)},${y(p.wellness).toFixed(1)}`).join(" ");
  const first = points[0]!.wellness;
  const last = points.at(-1)!.wellness;
  const trend = last < first ? "improving" : last > first ? "getting worse" : "flat";
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Wellness over ${days} days: ${trend} (${first} to ${last}, lower is better)`}>
      <line x1={0} x2={w} y1={y(14)} y2={y(14)} className="stroke-stone-200" strokeDasharray="2 3" />
      {points.length > 1 ? <polyline points={path} fill="none" className="stroke-brand-700" strokeWidth={2} strokeLinejoin="round" /> : null}
      {points.map((p) => (
        <circle key={p.date} cx={x(p.date)} cy={y(p.wellness)} r={2} className="fill-brand-700" />
      ))}
    </svg>
  );
}
