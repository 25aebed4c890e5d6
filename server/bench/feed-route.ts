// Benchmark-only. The club feed as a plain Next.js route handler (mounted at app/api/bench/feed), for
// scripts/bench/stack-overhead.ts: the same session read, membership check and domain call as `feed.list`, without tRPC
// or superjson. Production never exposes it: it answers 404 unless the server was started with RF_BENCH_ROUTES=1.
import { currentUserId } from "@/server/auth";
import { getDb } from "@/server/db";
import { requireClubMember } from "@/server/domain/clubs/club-access";
import { listFeed } from "@/server/domain/feed/list-feed";
import { env } from "@/server/env";
import { AppError, HTTP_STATUS } from "@/server/errors";
import { feedPageInput } from "@/contract/feed";

export function benchRoutesEnabled(): boolean {
  return env().RF_BENCH_ROUTES;
}

export async function benchFeedGET(request: Request): Promise<Response> {
  if (!benchRoutesEnabled()) return Response.json({ error: "Not found" }, { status: 404 });
  const params = new URL(request.url).searchParams;
  const parsed = feedPageInput.safeParse({
    clubId: params.get("clubId") ?? undefined,
    limit: params.has("limit") ? Number(params.get("limit")) : undefined,
    cursor: params.get("cursor") ?? undefined,
  });
  if (!parsed.success) return Response.json({ error: "Bad request", issues: parsed.error.issues }, { status: 400 });
  // The same session read as feed.list's context: the cookie, then the session version in the database.
  const userId = await currentUserId();
  if (!userId) return Response.json({ error: "Please sign in." }, { status: 401 });
  try {
    const db = await getDb();
    const access = await requireClubMember(db, { clubId: parsed.data.clubId, userId });
    return Response.json(await listFeed(db, { club: access.club, viewer: { id: userId, role: access.role }, page: parsed.data }));
  } catch (err) {
    if (err instanceof AppError) return Response.json({ error: err.message }, { status: HTTP_STATUS[err.code] });
    throw err;
  }
}
