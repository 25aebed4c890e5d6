import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { createRequestContext } from "@/server/context";
import { isCrossSiteRequest, STATIC_SECURITY_HEADERS } from "@/server/http/security-headers";
import { createCaller } from "@/server/routers/_app";

export const dynamic = "force-dynamic";
// The proxy skips this route (it would cut the body at 10 MB), so the route sets the headers the proxy would.
const NO_STORE = { ...STATIC_SECURITY_HEADERS, "cache-control": "private, no-store" };

/**
 * The archive upload: the zip is the raw request body, streamed to the import as it arrives (a tRPC JSON call would
 * hold it all in memory). Thin on purpose: it hands the body to `imports.uploadArchive` through the caller, so access,
 * validation and errors are the router's.
 */
export async function POST(req: Request) {
  if (isCrossSiteRequest(req.headers, req.url)) {
    return Response.json({ message: "Cross-site requests are not allowed." }, { status: 403, headers: NO_STORE });
  }
  const id = new URL(req.url).searchParams.get("batch") ?? "";
  try {
    const api = createCaller(await createRequestContext(req.headers));
    // Node's web ReadableStream is async-iterable; the DOM typings don't say so.
    const archive = (req.body ?? new ReadableStream()) as unknown as AsyncIterable<Uint8Array>;
    const batch = await api.imports.uploadArchive({ id, archive });
    return Response.json(batch, { headers: NO_STORE });
  } catch (err) {
    if (!(err instanceof TRPCError)) throw err;
    const cause = err.cause as { fieldErrors?: Record<string, string[]> } | undefined;
    const message = err.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side. Please try again." : err.message;
    return Response.json({ message, fieldErrors: cause?.fieldErrors ?? null }, { status: getHTTPStatusCodeFromError(err), headers: NO_STORE });
  }
}
