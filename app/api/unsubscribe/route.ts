import { TRPCError } from "@trpc/server";
import { createRequestContext } from "@/server/context";
import { STATIC_SECURITY_HEADERS } from "@/server/http/security-headers";
import { createCaller } from "@/server/routers/_app";

export const dynamic = "force-dynamic";
const HEADERS = { ...STATIC_SECURITY_HEADERS, "cache-control": "no-store" };

/**
 * The List-Unsubscribe address (RFC 8058). A mail client's one-click POST (body "List-Unsubscribe=One-Click") switches
 * that kind of email off and gets a plain 200; the confirm page's form posts here too and is sent back to the page.
 * Cross-site by design and without a sign-in: the signed token is the authority, and it can only switch mail off.
 * A GET (a scanner, or someone opening the header's link) changes nothing and shows the confirm page.
 */
export async function POST(req: Request) {
  const url = new URL(req.url);
  const body = await req.text().catch(() => "");
  const form = new URLSearchParams(body);
  const token = url.searchParams.get("token") ?? form.get("token") ?? "";
  const oneClick = form.get("List-Unsubscribe") === "One-Click";
  try {
    await createCaller(await createRequestContext(req.headers)).account.unsubscribe({ token });
  } catch (err) {
    if (!(err instanceof TRPCError) || err.code === "INTERNAL_SERVER_ERROR") throw err;
    if (oneClick) return new Response(err.message, { status: err.code === "TOO_MANY_REQUESTS" ? 429 : 400, headers: HEADERS });
    return Response.redirect(new URL(`/unsubscribe?token=${encodeURIComponent(token)}`, url), 303);
  }
  if (oneClick) return new Response("Unsubscribed.", { status: 200, headers: { ...HEADERS, "content-type": "text/plain; charset=utf-8" } });
  return Response.redirect(new URL(`/unsubscribe?token=${encodeURIComponent(token)}&done=1`, url), 303);
}

export function GET(req: Request) {
  const url = new URL(req.url);
  return Response.redirect(new URL(`/unsubscribe?token=${encodeURIComponent(url.searchParams.get("token") ?? "")}`, url), 303);
}
