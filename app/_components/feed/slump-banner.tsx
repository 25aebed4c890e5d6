/** "You're not alone": only rendered when enough members reported a slump that nobody is singled out. */
export function SlumpBanner({ count }: { count: number | null }) {
  if (count == null) return null;
  return (
    <aside aria-label="You're not alone" className="rounded-2xl border border-violet-200 bg-violet-50 p-4 text-violet-950">
      <p className="font-semibold">You&apos;re not alone</p>
      <p className="text-sm">
        {count} members of this club reported a slump in the last 7 days. Slumps are common, and saying so openly takes the pressure off.
      </p>
    </aside>
  );
}
