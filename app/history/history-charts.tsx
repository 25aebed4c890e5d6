"use client";
import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/app/_components/charts/chart-skeleton";
import { EmptyChart } from "@/app/_components/charts/empty-chart";
import { formatShortDay } from "@/app/_lib/format";
import { VERDICTS } from "@/contract/values";
import type { RouterOutputs } from "@/app/_trpc/client";

type History = RouterOutputs["checkins"]["history"];

// Each chart's code (recharts) loads only when that chart has data; the skeleton keeps its h-56 box meanwhile.
const skeleton = () => <ChartSkeleton className="h-56" />;
const WellnessLine = dynamic(() => import("./history-chart-views").then((m) => m.WellnessLine), { ssr: false, loading: skeleton });
const VerdictBars = dynamic(() => import("./history-chart-views").then((m) => m.VerdictBars), { ssr: false, loading: skeleton });
const LoadBars = dynamic(() => import("./history-chart-views").then((m) => m.LoadBars), { ssr: false, loading: skeleton });

/** Eight weeks at a glance: wellness by day, verdicts by week, weekly load. An empty one says how to fill it. */
export function HistoryCharts({ history }: { history: History }) {
  const weeks = history.weeks.map((w) => ({ ...w, label: formatShortDay(w.weekStart) }));
  const anyVerdict = history.weeks.some((w) => VERDICTS.some((v) => Number(w[v]) > 0));
  const anyLoad = history.weeks.some((w) => w.load > 0);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <figure className="card lg:col-span-2">
        <figcaption className="mb-2">
          <span className="font-semibold">Wellness index</span>{" "}
          <span className="text-sm text-stone-600">(sleep, fatigue, stress, soreness; 4 is best, 28 worst)</span>
        </figcaption>
        {history.days.length === 0 ? (
          <EmptyChart sentence="No check-ins in the last 8 weeks yet. Each one adds a point here, so you can see how you are trending." href="/checkin" action="Check in today" />
        ) : (
          <div className="h-56" role="img" aria-label={`Wellness index over ${history.days.length} check-ins`}>
            <WellnessLine days={history.days} />
          </div>
        )}
      </figure>
      <figure className="card">
        <figcaption className="mb-2 font-semibold">Verdicts by week</figcaption>
        {anyVerdict ? (
          <div className="h-56" role="img" aria-label="Verdicts per week, stacked">
            <VerdictBars weeks={weeks} />
          </div>
        ) : (
          <EmptyChart sentence="No verdicts yet. Check in and each day's verdict is counted here, week by week." href="/checkin" action="Check in today" />
        )}
      </figure>
      <figure className="card">
        <figcaption className="mb-2">
          <span className="font-semibold">Weekly load</span> <span className="text-sm text-stone-600">(effort × minutes)</span>
        </figcaption>
        {anyLoad ? (
          <div className="h-56" role="img" aria-label="Training load per week">
            <LoadBars weeks={weeks} />
          </div>
        ) : (
          <EmptyChart sentence="No training logged in the last 8 weeks yet. Log a session and its effort times minutes shows here." href="/training" action="Log your first run" />
        )}
      </figure>
    </div>
  );
}
