import type { Metadata } from "next";
import { DiscoverList } from "./discover-list";

export const metadata: Metadata = { title: "Find a club" };

export default async function DiscoverPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 80) ?? "";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="page-title">Find a club</h1>
        <p className="mt-1 text-stone-700">Public clubs, by name or area.</p>
      </div>
      <form role="search" action="/clubs/discover" className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="club-search" className="sr-only">
          Search clubs by name or area
        </label>
        <input id="club-search" name="q" type="search" defaultValue={query} maxLength={80} placeholder="Club name or area" className="input" />
        <button type="submit" className="btn-primary">
          Search
        </button>
      </form>
      <DiscoverList query={query} />
    </div>
  );
}
