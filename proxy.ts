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
    const session = await currentSession();
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
