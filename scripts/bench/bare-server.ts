// A bare Node `http` server serving the club feed with the same session check (cookie and session version) and domain call as `feed.list`, on a
// postgres.js pool: the floor stack-overhead.ts measures Next.js against. Loopback only.
//   DATABASE_URL=postgres://… AUTH_SECRET=… PORT=3298 npx tsx scripts/bench/bare-server.ts
import { createServer, type IncomingHttpHeaders } from "node:http";
import { openPostgres, type Db } from "@/db/client";
import { readSessionCookie } from "@/server/auth/session-cookie";
import { activeSessionUser } from "@/server/domain/accounts/sessions";
import { requireClubMember } from "@/server/domain/clubs/club-access";
import { listFeed } from "@/server/domain/feed/list-feed";
import { AppError, HTTP_STATUS } from "@/server/errors";
import { feedPageInput } from "@/contract/feed";

/** The same session read as the app's (server/auth.ts): the cached cookie decode, then the session version. */
async function sessionUserId(db: Db, headers: IncomingHttpHeaders, secret: string): Promise<string | null> {
  // A plain http server: next-auth's cookie name for http, as Next's own x-forwarded-proto would select.
  const read = await readSessionCookie(new Headers({ cookie: headers.cookie ?? "", "x-forwarded-proto": "http" }), secret);
  if (read.kind !== "claims" || !read.claims) return null;
  const user = await activeSessionUser(db, { uid: read.claims.uid, sv: read.claims.sv });
  return user?.id ?? null;
}

function main() {
  const url = process.env.DATABASE_URL;
  const secret = process.env.AUTH_SECRET;
  if (!url || !secret) throw new Error("Set DATABASE_URL and AUTH_SECRET (the same secret as the Next.js server).");
  const port = Number(process.env.PORT ?? 3298);
  const { db } = openPostgres(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));

  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    try {
      const u = new URL(req.url ?? "/", "http://127.0.0.1");
      if (u.pathname === "/health") return send(200, { status: "ok" });
      if (req.method !== "GET" || u.pathname !== "/feed") return send(404, { error: "Not found" });
      const parsed = feedPageInput.safeParse({
        clubId: u.searchParams.get("clubId") ?? undefined,
        limit: u.searchParams.has("limit") ? Number(u.searchParams.get("limit")) : undefined,
        cursor: u.searchParams.get("cursor") ?? undefined,
      });
      if (!parsed.success) return send(400, { error: "Bad request", issues: parsed.error.issues });
      const userId = await sessionUserId(db, req.headers, secret);
      if (!userId) return send(401, { error: "Please sign in." });
      const access = await requireClubMember(db, { clubId: parsed.data.clubId, userId });
      send(200, await listFeed(db, { club: access.club, viewer: { id: userId, role: access.role }, page: parsed.data }));
    } catch (err) {
      if (err instanceof AppError) return send(HTTP_STATUS[err.code], { error: err.message });
      console.error(err);
      send(500, { error: "Something went wrong on our side. Please try again." });
    }
  });
  server.listen(port, "127.0.0.1", () => console.log(`bare feed server on http://127.0.0.1:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main();
