import "server-only";
import { cache } from "react";
import { getApi } from "@/server/caller";
import { orNotFound } from "@/app/_lib/server-call";

/** The club for this request (one lookup shared by layout and page); a club the caller can't see is a 404. */
export const loadClub = cache(async (slug: string) => {
  const api = await getApi();
  return orNotFound(api.clubs.bySlug({ slug }));
});

export type LoadedClub = Awaited<ReturnType<typeof loadClub>>;
