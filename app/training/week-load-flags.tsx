"use client";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../_trpc/client";

/**
 * Foster's monotony and strain for the last 7 days, as flags beside the 7:28 ratio: something to notice, never a
 * verdict. Reads the same training.signals query as the weekly chart, so it costs no extra request.
 */
export function WeekLoadFlags() {
  const trpc = useTRPC();
  const query = useQuery(trpc.training.signals.queryOptions());
  if (query.isPending) return <div className="card h-24 animate-pulse" role="status" aria-label="Loading this week's load" />;
  if (query.isError) return null;
  const s = query.data;
  return (
    <section className="card space-y-2" aria-labelledby="week-load-heading" data-testid="week-load-flags">
      <h2 id="week-load-heading" className="text-lg font-semibold">This week&apos;s load</h2>
      {s.weeklyLoad === 0 ? (
        <p className="text-sm text-stone-700">No load in the last 7 days. Log a session with its effort (0–10) and it shows up here.</p>
      ) : (
        <>
          <dl className="grid grid-cols-3 gap-2 text-sm">
            <div>
              <dt className="text-stone-600">Load (RPE × min)</dt>
              <dd className="text-lg font-semibold text-stone-900">{s.weeklyLoad}</dd>
            </div>
            <div>
              <dt className="text-stone-600">Monotony</dt>
              <dd className="text-lg font-semibold text-stone-900">{s.monotony ?? (s.monotonyFlag ? "same every day" : "–")}</dd>
            </div>
            <div>
              <dt className="text-stone-600">Strain</dt>
              <dd className="text-lg font-semibold text-stone-900">{s.strain ?? "–"}</dd>
            </div>
          </dl>
          {s.monotonyFlag ? (
            <p className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900" data-testid="monotony-flag">
              Flag: your days are very alike (monotony over {s.thresholds.monotony}). A truly easy day or a rest day breaks it up. Not a verdict,
              just worth keeping an eye on.
            </p>
          ) : null}
          {s.strainFlag ? (
            <p className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900" data-testid="strain-flag">
              Flag: high strain this week (over {s.thresholds.strain}). Hard, samey weeks are when runners tend to get ill or run down. Not a
              verdict, just worth keeping an eye on.
            </p>
          ) : null}
          {!s.monotonyFlag && !s.strainFlag ? (
            <p className="text-sm text-stone-700">No monotony or strain flag this week: your days vary enough.</p>
          ) : null}
        </>
      )}
      <p className="text-xs text-stone-600">
        Monotony is the week&apos;s average daily load divided by how much it varies (rest days count as 0); strain is the week&apos;s load times
        monotony (Foster, 1998).
      </p>
    </section>
  );
}
