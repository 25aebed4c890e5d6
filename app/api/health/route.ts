import { checkHealth } from "@/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return health.ok
    ? Response.json({ status: "ok", database: health.database })
    : Response.json({ status: "unavailable", reason: health.reason }, { status: 503 });
}
