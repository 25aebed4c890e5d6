"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../_trpc/client";
import { formatShortDay } from "@/app/_lib/format";

/** Gentle by design: it celebrates days that moved and never points at days that didn't. */
export function StreakCard() {
  const trpc = useTRPC();
  const query = useQuery(trpc.training.streak.queryOptions());
  if (query.isPending) return <div className="card h-28 animate-pulse" role="status" aria-label="Loading your streak" />;
  if (query.isError) return null;
  const { days, movedToday, recent } = query.data;
  const headline =
    days === 0 ? "Every bit of movement counts" : `${days} ${days === 1 ? "day" : "days"} in a row with movement`;
  const sub =
    days === 0
      ? "A walk, a stretch or an easy jog all count. Log one and a new run of days begins."
      : movedToday
        ? "Nice and steady. Consistency beats heroics."
        : "Any movement today, even a short walk, keeps it going.";
  return (
    <section className="card" aria-labelledby="streak-heading">
      <h2 id="streak-heading" className="text-lg font-semibold">{headline}</h2>
      <p className="text-sm text-stone-700">{sub}</p>
      <ol className="mt-3 flex flex-wrap gap-1.5" aria-label="The last 14 days">
        {recent.map((d) => (
          <li key={d.date} title={formatShortDay(d.date)} className={`size-5 rounded-full ${d.moved ? "bg-brand-600" : "border border-stone-200 bg-stone-50"}`}>
            <span className="sr-only">{formatShortDay(d.date)}{d.moved ? ": moved" : ""}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
