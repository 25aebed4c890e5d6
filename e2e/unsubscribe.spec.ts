import { expect, test } from "./test";
import { unsubscribeToken } from "../server/mail/unsubscribe-token";
import { ACCOUNTS } from "./fixtures/cast";
import { signInAs } from "./helpers";

type Prefs = { topics: { topic: string; channels: { channel: string; enabled: boolean }[] }[] };

// The link a message's List-Unsubscribe header carries is signed with AUTH_SECRET, which this runner shares with the
// server it started (the same environment, or the same git-ignored .auth-secret).
test("one-click unsubscribe (RFC 8058) switches that kind of email off with no sign-in; the body link asks first", async ({ page, playwright, baseURL }) => {
  await signInAs(page, ACCOUNTS.unsubscriber);
  const me = (await (await page.request.get("/api/trpc/account.me")).json()) as { result: { data: { json: { id: string } } } };
  const userId = me.result.data.json.id;
  const emailOn = async (topic: string) => {
    const prefs = (await (await page.request.get("/api/trpc/preferences.get")).json()) as { result: { data: { json: Prefs } } };
    return prefs.result.data.json.topics.find((t) => t.topic === topic)!.channels.find((c) => c.channel === "email")!.enabled;
  };
  expect(await emailOn("blocks")).toBe(true);

  // A mail provider's POST: no cookies, another site.
  const mailClient = await playwright.request.newContext({ baseURL });
  const token = unsubscribeToken(userId, "blocks");
  const forged = await mailClient.post(`/api/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, "comments").replace(/\.[^.]+$/, ".forged"))}`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(forged.status()).toBe(400);
  const oneClick = await mailClient.post(`/api/unsubscribe?token=${encodeURIComponent(token)}`, {
    form: { "List-Unsubscribe": "One-Click" },
    headers: { origin: "https://mail.example" },
  });
  expect(oneClick.status()).toBe(200);
  expect(await emailOn("blocks")).toBe(false);
  expect(await emailOn("threads"), "another kind stays on").toBe(true);
  await mailClient.dispose();

  // The link in the body opens a page that changes nothing until the button is pressed.
  await page.goto(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, "threads"))}`);
  await expect(page.getByText("Stop emails about coach threads?")).toBeVisible();
  expect(await emailOn("threads")).toBe(true);
  await page.getByRole("button", { name: "Stop these emails" }).click();
  await expect(page.getByRole("heading", { name: "Done" })).toBeVisible();
  expect(await emailOn("threads")).toBe(false);

  await page.goto("/unsubscribe?token=not-a-token");
  await expect(page.getByText("This unsubscribe link isn't valid")).toBeVisible();
});
