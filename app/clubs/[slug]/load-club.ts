import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getApi } from "@/server/caller";

/** The club for this request (one lookup shared by layout and page); a club the caller can't see is a 404. */
export const loadClub = cache(async (slug: string) => {
  const api = await getApi();
  try {
    return await api.clubs.bySlug({ slug });
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
});

export type LoadedClub = Awaited<ReturnType<typeof loadClub>>;
