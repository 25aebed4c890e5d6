import { expect, test } from "./test";
import { DEMO, signIn } from "./helpers";

test("pages carry security headers and a nonce-based CSP", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("a cross-site tRPC mutation is refused", async ({ request }) => {
  const response = await request.post("/api/trpc/account.updateProfile", {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/json" },
    data: { json: { name: "Hacked", distanceUnit: "km", timeZone: "UTC" } },
  });
  expect(response.status()).toBe(403);
});

test("the session cookie is httpOnly and SameSite", async ({ page, context }) => {
  await signIn(page, DEMO.ria);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.includes("authjs.session-token"));
  expect(session, "session cookie").toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
});
