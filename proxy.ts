import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/server/auth";

// Pages that need a session. Public club pages, invites and sign-in stay open; tRPC checks access anyway.
const PRIVATE_PATHS = [
  /^\/profile/, /^\/checkin/, /^\/today/, /^\/history/, /^\/training/, /^\/goals/, /^\/notifications/,
  /^\/clubs$/, /^\/clubs\/new/, /^\/coach/, /^\/account/,
];

/** A signed-out visitor on a private page goes to sign-in, and comes back afterwards. */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!PRIVATE_PATHS.some((p) => p.test(pathname))) return NextResponse.next();
  const session = await auth();
  if (session?.user?.id) return NextResponse.next();
  const url = new URL("/signin", request.url);
  url.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|jpg|webp)$).*)"],
};
