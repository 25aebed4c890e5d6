import "server-only";
import { cache } from "react";
import { orNotFound } from "@/app/_lib/server-call";
import { getApi } from "@/server/caller";

/** The check-in for this request, one lookup for layout and page; one the caller can't see (or none) is a 404. */
export const loadCheckin = cache(async (id: string) => orNotFound((await getApi()).checkins.byId({ id })));
