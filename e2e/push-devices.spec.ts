// Notifications on your devices (profile): the service worker registers under the site's CSP, the section says what
// happened, and the device list shows and removes a device. Headless Chromium has no push service of its own, so the
// listed device is saved through push.subscribe as a browser's subscription would be; delivery itself is tested
// against a real push service on loopback in server/push/push-job.test.ts.
import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";

test.use({ viewport: { width: 390, height: 844 } });

test("a runner turns on notifications, sees their devices and removes one", async ({ page, context }) => {
  await signUp(page, "Pia Pusher", uniqueEmail("push"));
  await page.goto("/profile");
  const section = page.getByRole("region", { name: "Notifications on your devices" });
  await expect(section.getByText("No device gets notifications yet.")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The worker script is served as JavaScript, and the page's CSP lets it register.
  const sw = await page.request.get("/sw.js");
  expect(sw.status()).toBe(200);
  expect(sw.headers()["content-type"]).toContain("javascript");
  const profile = await page.request.get("/profile");
  expect(profile.headers()["content-security-policy"]).toContain("worker-src 'self'");

  await context.grantPermissions(["notifications"]);
  await section.getByRole("button", { name: "Turn on for this device" }).click();
  // Either outcome is said plainly: subscribed, or (headless Chromium, offline) the browser's push service not answering.
  const outcome = section.getByText(/This device gets notifications\.|push service didn't answer/);
  await expect(outcome).toBeVisible();
  test.info().annotations.push({ type: "turn on", description: await outcome.innerText() });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))?.active?.scriptURL ?? null)).toMatch(/\/sw\.js$/);

  // A subscription as a browser's push service hands it out, saved the way the section saves one.
  const saved = await page.evaluate(async () => {
    const res = await fetch("/api/trpc/push.subscribe", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        json: { endpoint: `https://fcm.googleapis.com/fcm/send/e2e-${crypto.randomUUID()}`, keys: { p256dh: `B${"A".repeat(86)}`, auth: "c2VjcmV0LWF1dGgtMTY" }, label: "Firefox on Android" },
      }),
    });
    return res.status;
  });
  expect(saved).toBe(200);
  await page.reload();
  const device = section.getByRole("listitem").filter({ hasText: "Firefox on Android" });
  await expect(device).toContainText("nothing delivered yet");
  await device.getByRole("button", { name: /Remove Firefox on Android/ }).click();
  await expect(section.getByRole("listitem").filter({ hasText: "Firefox on Android" })).toHaveCount(0);
});
