import "server-only";
import { cache } from "react";
import { orNotFound } from "@/app/_lib/server-call";
import { getApi } from "@/server/caller";

/** The training session for this request, one lookup for layout and pages; someone else's (or none) is a 404. */
export const loadSession = cache(async (id: string) => orNotFound((await getApi()).training.get({ id })));
