import { Gauge, Route, Timer } from "lucide-react";
import { formatDistance } from "@/app/_lib/format";
import { formatClock, formatPace, paceSeconds } from "@/app/training/pace";
import type { DistanceUnit } from "@/contract/values";
import type { FeedItemData } from "./feed-item";

/** The run a check-in logged, in one line: distance, time and pace in the reader's own unit. */
export function RunStats({ run, unit }: { run: NonNullable<FeedItemData["run"]>; unit: DistanceUnit }) {
  const pace = formatPace(paceSeconds(run.distanceM, run.seconds, unit), unit);
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-800">
      {run.distanceM !== null ? (
        <Stat icon={<Route className="size-4" aria-hidden="true" />} label="Distance" value={formatDistance(run.distanceM, unit)} />
      ) : null}
      <Stat
        icon={<Timer className="size-4" aria-hidden="true" />}
        label={run.timeKind === "moving" ? "Moving time" : "Time"}
        value={formatClock(run.seconds)}
      />
      {pace ? <Stat icon={<Gauge className="size-4" aria-hidden="true" />} label="Pace" value={pace} /> : null}
    </p>
  );
}

function Stat({ icon, label, value }: { icon: React.ReactNode; label: string; value: string }) {
  return (
    <span className="inline-flex items-center gap-1 tabular-nums">
      <span className="text-stone-500">{icon}</span>
      <span className="sr-only">{label}: </span>
      <span className="font-medium">{value}</span>
    </span>
  );
}
