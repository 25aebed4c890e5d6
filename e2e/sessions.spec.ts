// Sessions end everywhere when they should: after "Sign out of all devices", a password change and account deletion,
// a second browser holding an older cookie is sent to sign in (pages) and answered 401 (tRPC).
import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { signIn, signUp, uniqueEmail } from "./helpers";

const PASSWORD = "a-strong-password";

/** A runner the spec signs up itself, signed in on two devices (browser contexts with their own cookies). */
async function onTwoDevices(browser: Browser, prefix: string): Promise<{ laptop: Page; phone: Page }> {
  const email = uniqueEmail(prefix);
  const laptop = await (await browser.newContext()).newPage();
  await signUp(laptop, "Session Runner", email, PASSWORD);
  const phone = await (await browser.newContext()).newPage();
  await signIn(phone, email, PASSWORD);
  // The phone's cookie works before anything is revoked.
  expect((await phone.request.get("/api/trpc/account.me")).status()).toBe(200);
  return { laptop, phone };
}

async function expectSentToSignIn(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path)}$`));
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
}

test("signing out of all devices signs the other device out too", async ({ browser }) => {
  const { laptop, phone } = await onTwoDevices(browser, "everywhere");
  await laptop.goto("/profile");
  await laptop.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(laptop.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectSentToSignIn(phone, "/today");
  expect((await phone.request.get("/api/trpc/account.me")).status()).toBe(401);
});

test("a new password signs the other device out and keeps this one signed in", async ({ browser }) => {
  const { laptop, phone } = await onTwoDevices(browser, "newpass");
  await laptop.goto("/profile");
  const form = laptop.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password").fill("a-brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That isn't your current password")).toBeVisible();

  // A refused attempt clears the password fields (React resets a form after its action), so both are filled again.
  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password").fill("a-brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(laptop).toHaveURL(/\/profile\?password=changed$/);
  await expect(form.getByRole("status")).toHaveText(/Password changed/);
  // This device got a fresh cookie: private pages and tRPC still answer.
  await laptop.goto("/today");
  await expect(laptop).toHaveURL(/\/today$/);
  expect((await laptop.request.get("/api/trpc/account.me")).status()).toBe(200);

  await expectSentToSignIn(phone, "/profile");
  expect((await phone.request.get("/api/trpc/account.me")).status()).toBe(401);
});

test("deleting the account sends the other device to sign in, and its tRPC calls get 401", async ({ browser }) => {
  const { laptop, phone } = await onTwoDevices(browser, "deleted");
  await phone.goto("/profile");
  await laptop.goto("/account");
  await laptop.getByRole("button", { name: "Delete my account" }).click();
  await laptop.getByLabel(/to confirm/).fill("delete my account");
  await laptop.getByRole("button", { name: "Delete my account" }).click();
  await expect(laptop.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await phone.reload();
  await expect(phone).toHaveURL(/\/signin\?callbackUrl=%2Fprofile$/);
  const me = await phone.request.get("/api/trpc/account.me");
  expect(me.status()).toBe(401);
  expect(await me.text()).not.toContain("INTERNAL_SERVER_ERROR");
  // A write that used to fail on a foreign key (500) is refused as signed out too.
  const create = await phone.request.post("/api/trpc/goals.create", {
    headers: { "content-type": "application/json", origin: new URL(phone.url()).origin },
    data: { json: { horizon: "year", title: "Ghost goal", details: "", status: "active", shareWithCoaches: false } },
  });
  expect(create.status()).toBe(401);
});
