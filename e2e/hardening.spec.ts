import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { DEMO, signIn, uniqueEmail } from "./helpers";

// These run against the shared e2e server, which leaves TRUST_PROXY unset: X-Forwarded-For is not to be believed.

function batchUrl(calls: number): string {
  const paths = Array.from({ length: calls }, () => "account.me").join(",");
  const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, {}]));
  return `/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
}

test("a tRPC batch of more than 20 calls is refused with a clear 400", async ({ request }) => {
  const tooMany = await request.get(batchUrl(21));
  expect(tooMany.status()).toBe(400);
  expect(await tooMany.json()).toEqual({
    error: { message: "A batch may hold at most 20 calls; this one has 21. Send them in smaller batches." },
  });
  // Commas written as %2C are the same batch to tRPC, so they count the same here.
  const encoded = await request.get(batchUrl(21).replaceAll(",", "%2C"));
  expect(encoded.status()).toBe(400);

  const twenty = await request.get(batchUrl(20));
  expect(twenty.status()).not.toBe(400);
  expect(await twenty.json()).toHaveLength(20);
});

test("tRPC answers are never cached, signed in or out", async ({ page, request }) => {
  const signedOut = await request.get("/api/trpc/account.me");
  expect(signedOut.status()).toBe(401);
  expect(signedOut.headers()["cache-control"]).toBe("private, no-store");

  await signIn(page, DEMO.ria);
  const personal = await page.request.get("/api/trpc/account.me");
  expect(personal.status()).toBe(200);
  expect(personal.headers()["cache-control"]).toBe("private, no-store");
  const batched = await page.request.get(batchUrl(2));
  expect(batched.headers()["cache-control"]).toBe("private, no-store");
});

test("a cross-site server-action POST is refused with a 403, not a 500", async ({ request }) => {
  for (const path of ["/signin", "/"]) {
    const response = await request.post(path, {
      headers: { origin: "https://evil.example", "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect(response.status(), path).toBe(403);
    expect(await response.json()).toEqual({ error: { message: "Cross-site requests are not allowed." } });
  }
});

async function failSignIn(page: Page, email: string, forwardedFor: string) {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": forwardedFor });
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
}

const NO_MATCH = /That email and password don't match an account/;
const LOCKED = /Too many failed sign-ins\. Try again in (a minute|\d+ minutes)\./;

test("sign-in failures count against the real client, whatever X-Forwarded-For claims", async ({ browser, baseURL }) => {
  // The server listens on IPv4 and IPv6 loopback: two real clients, as the socket tells them apart.
  const port = new URL(baseURL!).port;
  const ipv4 = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const ipv6 = await browser.newContext({ baseURL: `http://[::1]:${port}` });
  const email = uniqueEmail("spoofer");
  try {
    // A new made-up address each time is still one client: the fifth failure locks this email for it.
    const a = await ipv4.newPage();
    for (let i = 1; i <= 5; i++) {
      await failSignIn(a, email, `198.51.100.${i}`);
      await expect(a.getByText(NO_MATCH), `attempt ${i}`).toBeVisible();
    }
    await failSignIn(a, email, "198.51.100.6");
    await expect(a.getByText(LOCKED)).toBeVisible();

    // Another client is not locked out of the email, even one claiming to be the locked one.
    const b = await ipv6.newPage();
    await failSignIn(b, email, "127.0.0.1");
    await expect(b.getByText(NO_MATCH)).toBeVisible();
  } finally {
    await ipv4.close();
    await ipv6.close();
  }
});
