/** Holds a chart's exact box while its code loads, so nothing below it moves when it arrives. */
export function ChartSkeleton({ className }: { className: string }) {
  return <div className={`${className} w-full animate-pulse rounded-xl bg-stone-100`} aria-hidden="true" />;
}
