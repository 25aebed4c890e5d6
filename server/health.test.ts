import { describe, expect, it } from "vitest";

describe("GET /api/health", () => {
  it("answers 503 with a reason when the database is unreachable", async () => {
    // Nothing listens on port 1; this file runs in its own process, so the setting stays local.
    process.env.DATABASE_URL = "postgres://postgres@127.0.0.1:1/nowhere";
    process.env.AUTH_SECRET = "x".repeat(40);
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; reason: string };
    expect(body.status).toBe("unavailable");
    expect(body.reason).toMatch(/database unavailable/);
  });
});
