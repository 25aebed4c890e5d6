import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackUrl } from "@/app/_components/safe-redirect";
import { currentSession } from "@/server/auth";
import { contentSecurityPolicy, isCrossSiteRequest, STATIC_SECURITY_HEADERS } from "@/server/http/security-headers";

// Pages that need a session, each a route under app/ (with the pages below it). Public club pages (the feed answers
// "for members" itself), discover, invites and sign-in stay open; tRPC checks access anyway.
const PRIVATE_PAGES = ["/profile", "/checkin", "/today", "/history", "/training", "/goals", "/notifications", "/account", "/clubs/new"];
const PRIVATE_CLUB_PAGES = /^\/clubs\/[^/]+\/(dashboard|templates|assign|settings|runs\/new)(\/|$)/;

/** Whole path segments only: /clubs/newham-harriers is a club's public page, not /clubs/new. */
function isPrivatePath(pathname: string): boolean {
  if (pathname === "/clubs") return true;
  return PRIVATE_PAGES.some((p) => pathname === p || pathname.startsWith(`${p}/`)) || PRIVATE_CLUB_PAGES.test(pathname);
}

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

const UNAVAILABLE: unique symbol = Symbol("session check unavailable");

// What a private page answers while its session can't be checked: the app's own words (app/error.tsx), not a bare 500.
// Static, with no script (the CSP allows none without a nonce); "Try again" reloads the same address.
function unavailablePage(): NextResponse {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Something went wrong · Run Forward</title></head><body style="font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem;text-align:center;color:#1c1917"><main><h1>Something went wrong</h1><p>That didn&rsquo;t work. It&rsquo;s not you: please try again in a moment.</p><p><a href="">Try again</a></p></main></body></html>`;
  return new NextResponse(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "retry-after": "5", "cache-control": "no-store" } });
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");

  // Mutations through tRPC and server actions must come from this site (cookies would otherwise ride along). Next
  // refuses a cross-site action too, but as a 500; this answers first, with a 403.
  const isMutation = pathname.startsWith("/api/trpc") || request.headers.has("next-action");
  if (isMutation && request.method === "POST" && isCrossSiteRequest(request.headers, request.url)) {
    return withSecurityHeaders(
      NextResponse.json({ error: { message: "Cross-site requests are not allowed." } }, { status: 403 }),
      csp,
    );
  }

  // A signed-out visitor on a private page goes to sign-in, and comes back afterwards. So does one whose cookie was
  // revoked (signed out everywhere, a new password) or whose account is gone: currentSession checks the database.
  if (isPrivatePath(pathname)) {
    const session = await currentSession().catch((error: unknown): typeof UNAVAILABLE => {
      // The session can't be checked (the database is briefly away): one line, not a stack, and a page below.
      console.error(`proxy: the session check for ${pathname} failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      return UNAVAILABLE;
    });
    if (session === UNAVAILABLE) return withSecurityHeaders(unavailablePage(), csp);
    if (!session?.user?.id) {
      const url = new URL("/signin", request.url);
      url.searchParams.set("callbackUrl", safeCallbackUrl(pathname + search));
      return withSecurityHeaders(NextResponse.redirect(url), csp);
    }
  }

  // API routes render no scripts, so they need no nonce passed down: rewriting the request's headers for them would be
  // work on every call for nothing. Their responses still carry every security header.
  if (pathname.startsWith("/api/")) return withSecurityHeaders(NextResponse.next(), csp);

  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

// The archive upload stays out: Next buffers a request body for the proxy and cuts it at 10 MB, and an export archive
// is often hundreds of MB. Its route checks cross-site requests, the session and its own headers.
export const config = {
  matcher: ["/((?!_next/static|_next/image|api/imports/archive|favicon.ico|.*\\.(?:png|svg|ico|jpg|webp)$).*)"],
};
