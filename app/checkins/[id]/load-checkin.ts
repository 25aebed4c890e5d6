import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { isTrpcCode, orNotFound } from "@/app/_lib/server-call";
import { getApi } from "@/server/caller";

/**
 * The check-in for this request, one lookup for layout and page. One the caller can't see, or none, is a 404; so is
 * any check-in for someone signed out, so a link says nothing about what exists.
 */
export const loadCheckin = cache(async (id: string) => {
  try {
    return await orNotFound((await getApi()).checkins.byId({ id }));
  } catch (err) {
    if (isTrpcCode(err, "UNAUTHORIZED")) notFound();
    throw err;
  }
});
