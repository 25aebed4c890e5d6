import { expect, test } from "./test";
import { startSmtpCapture } from "../server/test/smtp-capture";
import { ACCOUNTS, FIXTURE_PASSWORD } from "./fixtures/cast";
import { signIn, signUp, uniqueEmail } from "./helpers";

// scripts/e2e-server.mjs points the server's SMTP_URL here.
const SMTP_PORT = Number(process.env.E2E_PORT || 3100) + 1000;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>> | undefined;

test.beforeAll(async () => {
  smtp = await startSmtpCapture({ port: SMTP_PORT });
});
test.afterAll(async () => {
  await smtp?.close();
});

test("a runner who forgot their password resets it by email, and an older session is signed out", async ({ page, browser }) => {
  const who = ACCOUNTS.resetter;
  const newPassword = "a-password-from-the-link";

  // A session from before, in another browser (a phone left signed in, say).
  const older = await browser.newContext();
  const olderPage = await older.newPage();
  await signIn(olderPage, who.email, FIXTURE_PASSWORD);

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(who.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  // The in-process worker sends it through SMTP: read it as the runner's mail client would.
  const [message] = await smtp!.waitFor(who.email, { timeoutMs: 45_000 });
  expect(message!.subject).toBe("Choose a new Run Forward password");
  expect(message!.html).toContain("Choose a new password");
  const link = message!.text!.match(/http:\/\/localhost:\d+\/reset-password\?token=\S+/)?.[0];
  expect(link, message!.text).toBeTruthy();

  await page.goto(link!);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1$/);
  await expect(page.getByText("Your password was changed and every device signed out.")).toBeVisible();

  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();

  // The older session is over: a private page sends it to sign in.
  await olderPage.goto("/profile");
  await expect(olderPage).toHaveURL(/\/signin\?callbackUrl=%2Fprofile/);

  // The link worked once.
  await page.goto(link!);
  await page.getByLabel("New password").fill("yet-another-password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/already been used/)).toBeVisible();
  await older.close();
});

test("a new account confirms its address from the emailed link; the profile says so and can send it again", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const email = uniqueEmail("verify");
  await signUp(page, "Val Verify", email);
  const notice = page.getByText("Confirm your email.", { exact: false });
  await expect(notice).toBeVisible();
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByText(`Sent to ${email}.`)).toBeVisible();
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(scroll, "no sideways scrolling at 390 px").toBeLessThanOrEqual(0);

  // Two links came (sign-up, then the resend); only the newest works.
  const messages = await smtp!.waitFor(email, { count: 2, timeoutMs: 45_000 });
  const links = messages.map((m) => m.text!.match(/http:\/\/localhost:\d+\/verify-email\?token=\S+/)![0]);
  await page.goto(links[0]!);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText(/a newer one was sent/)).toBeVisible();
  await page.goto(links[1]!);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("heading", { name: "Email confirmed" })).toBeVisible();
  await page.goto("/profile");
  // Scoped to the page's main: while React streams the profile in, its finished copy waits hidden at the end of the body.
  await expect(page.getByRole("main").getByText("(confirmed)")).toBeVisible();
  await expect(notice).toHaveCount(0);
});
