import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createRequestContext } from "./context";
import { createCaller } from "./routers/_app";

/** The server-side tRPC caller for Server Components, one per request. */
export const getApi = cache(async () => createCaller(await createRequestContext(await headers())));
