import type { RouterOutputs } from "@/app/_trpc/client";
import { formatDay } from "@/app/_lib/format";
import { RACE_DISTANCE_LABELS } from "@/app/_lib/labels/training";
import { StartOwnBlock } from "./start-own-block";

type Suggestions = RouterOutputs["blocks"]["suggestions"];
type Window = NonNullable<Suggestions["raceWindow"]>;

/** Where today falls, in words: "Day 4 of 12: no running until Wed 9 Dec, then easy until Tue 15 Dec." */
function whereInWindow(w: Window, today: string) {
  const total = Math.round((Date.parse(w.endsOn) - Date.parse(w.race.date)) / 86_400_000);
  const day = w.dayNumber === 0 ? "Race day" : `Day ${w.dayNumber} of ${total}`;
  if (w.part === "no_running") {
    const until = w.noRunningUntil === today ? "today is your last day with no running" : `no running until ${formatDay(w.noRunningUntil)}`;
    return `${day}: ${until}, then easy until ${formatDay(w.easyUntil)}.`;
  }
  return `${day}: easy running until ${formatDay(w.easyUntil)}, then back to normal training.`;
}

/** The race's recovery window on Today, with "Start this" for its recovery when the runner may start one. */
export function RaceWindowCard({ suggestions, onBlock }: { suggestions: Suggestions; onBlock: boolean }) {
  const w = suggestions.raceWindow;
  if (!w) return null;
  const recovery = suggestions.suggestions.find((s) => s.template === w.race.templateKey) ?? null;
  const label = RACE_DISTANCE_LABELS[w.race.distance];
  // "your half marathon", "your 10K": the label in running text when the race has no name of its own.
  const name = w.race.name || `your ${label === label.toUpperCase() ? label : label.toLowerCase()}`;
  return (
    <section aria-labelledby="race-window-heading" className="card space-y-3">
      <h2 id="race-window-heading" className="text-lg font-semibold">
        Recovering from {name}
      </h2>
      <p className="font-medium text-stone-900">{whereInWindow(w, suggestions.today)}</p>
      <p className="text-sm text-stone-700">
        {label} on {formatDay(w.race.date)}. Recovery comes first: no hard running until the window ends.
      </p>
      {recovery ? (
        <div className="space-y-2">
          <p className="text-sm text-stone-800">
            <span className="font-medium">{recovery.title}:</span> {recovery.why}
          </p>
          <StartOwnBlock template={recovery.template} startDate={recovery.startDate} reason={`Recovery after ${name}`} title={recovery.title} />
        </div>
      ) : suggestions.onCoachBlock ? (
        <p className="text-sm text-stone-700">Your coach&rsquo;s plan below is yours to follow; it&rsquo;s theirs to change, so tell them how the race went.</p>
      ) : onBlock ? (
        <p className="text-sm text-stone-700">Your block below plans each day of it.</p>
      ) : null}
    </section>
  );
}
