import type { RouterOutputs } from "@/app/_trpc/client";
import { StartOwnBlock } from "./start-own-block";

type Suggestions = RouterOutputs["blocks"]["suggestions"];

/** The resets the runner can start themselves (a race's recovery has its own card), each with "Start this". */
export function OwnSuggestionsCard({ suggestions, onOwnBlock }: { suggestions: Suggestions; onOwnBlock: boolean }) {
  const raceKey = suggestions.raceWindow?.race.templateKey;
  const rest = suggestions.suggestions.filter((s) => s.template !== raceKey);
  if (rest.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-heading" className="card space-y-3">
      <h2 id="suggestions-heading" className="text-lg font-semibold">
        {onOwnBlock ? "You could switch to" : "Suggested for you"}
      </h2>
      <p className="text-sm text-stone-700">
        Start one yourself, no coach needed. If you belong to a club, its coaches will see it and can adjust it.
      </p>
      <ul className="divide-y divide-stone-100">
        {rest.map((s) => (
          <li key={s.template} className="space-y-2 py-3">
            <p className="font-medium">{s.title}</p>
            <p className="text-sm text-stone-700">{s.why}</p>
            <StartOwnBlock template={s.template} startDate={s.startDate} reason={s.why.slice(0, 300)} title={s.title} />
          </li>
        ))}
      </ul>
    </section>
  );
}
