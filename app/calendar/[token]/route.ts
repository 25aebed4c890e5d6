import { getApi } from "@/server/caller";
import { isNotFound } from "@/app/_lib/server-call";

export const dynamic = "force-dynamic";

/** The athlete's private ICS feed. A revoked, unknown or malformed token is a bare 404, with no data. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await getApi();
  try {
    const ics = await api.blocks.calendarFeed({ token: token.replace(/\.ics$/, "") });
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="run-forward.ics"',
        "cache-control": "private, no-store",
      },
    });
  } catch (err) {
    if (isNotFound(err)) {
      return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
    }
    throw err;
  }
}
