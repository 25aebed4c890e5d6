import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createRequestContext } from "@/server/context";
import { appRouter } from "@/server/routers/_app";

const ENDPOINT = "/api/trpc";
/** The most calls one batched request may carry; no page needs more, and each call is real work. */
const MAX_BATCH_SIZE = 20;
// Every answer depends on the session cookie, so no browser or shared cache may keep one.
const NO_STORE = "private, no-store";

/** How many procedures the URL names (`/api/trpc/a,b,c?batch=1`); tRPC decodes the path the same way. */
function batchSize(url: URL): number {
  if (url.searchParams.get("batch") !== "1") return 1;
  const raw = url.pathname.slice(ENDPOINT.length).replace(/^\/+|\/+$/g, "");
  try {
    return decodeURIComponent(raw).split(",").length;
  } catch {
    return raw.split(",").length;
  }
}

function handler(req: Request) {
  const calls = batchSize(new URL(req.url));
  if (calls > MAX_BATCH_SIZE) {
    return Response.json(
      { error: { message: `A batch may hold at most ${MAX_BATCH_SIZE} calls; this one has ${calls}. Send them in smaller batches.` } },
      { status: 400, headers: { "cache-control": NO_STORE } },
    );
  }
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req,
    router: appRouter,
    // A backstop for the same cap, should a URL ever be counted differently above.
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createRequestContext(req.headers),
    // A live stream (server/routers/live.ts) adds this to tRPC's own SSE headers, "cache-control: no-cache,
    // no-transform" (no-transform keeps Next's gzip and proxies from buffering it) and "x-accel-buffering: no" (nginx).
    responseMeta: () => ({ headers: { "cache-control": NO_STORE } }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
