import { NextResponse, type NextRequest } from "next/server";
import { isTrpcCode } from "@/app/_lib/server-call";
import { createRequestContext } from "@/server/context";
import { createCaller } from "@/server/routers/_app";

export const dynamic = "force-dynamic";

/** Downloads all of the signed-in runner's data, as JSON (?format=json) or CSV (?format=csv). */
export async function GET(request: NextRequest) {
  const format = request.nextUrl.searchParams.get("format") === "csv" ? "csv" : "json";
  const api = createCaller(await createRequestContext(request.headers));
  const day = new Date().toISOString().slice(0, 10);
  try {
    const body = format === "csv" ? await api.data.exportCsv() : JSON.stringify(await api.data.exportJson(), null, 2);
    return new NextResponse(body, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="run-forward-export-${day}.${format}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    if (isTrpcCode(err, "UNAUTHORIZED")) {
      return NextResponse.redirect(new URL("/signin?callbackUrl=%2Faccount", request.url));
    }
    if (isTrpcCode(err, "TOO_MANY_REQUESTS")) {
      return new NextResponse(err.message, { status: 429, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw err;
  }
}
