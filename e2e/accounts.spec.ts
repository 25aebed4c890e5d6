import { expect, test } from "./test";
import { ACCOUNTS } from "./fixtures/cast";
import { DEMO, hydrated, signIn, signInAs, signOut, signUp, uniqueEmail } from "./helpers";

test("a runner signs up, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail();
  await signUp(page, "Robin Runner", email);
  await expect(page.getByText("Welcome aboard")).toBeVisible();
  await signOut(page);
  await signIn(page, email, "a-strong-password");
  await expect(page.getByRole("link", { name: "Robin Runner" })).toBeVisible();
});

test("sign-up errors show at the field, and a taken email gets the same answer as a free one", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Dup");
  await page.getByLabel("Email").fill(DEMO.ria);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  // The owner is emailed instead; the page says exactly what it says to a new address.
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  await page.getByRole("link", { name: "Sign in" }).last().click();
  await page.getByLabel("Email").fill(DEMO.ria);
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account")).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(ACCOUNTS.forgetful.email);
  await page.getByLabel("Password").fill("definitely-wrong");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);
});

test("a private page sends a signed-out visitor to sign in, then back", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprofile/);
  await page.getByLabel("Email").fill(DEMO.lee);
  await page.getByLabel("Password").fill("runforward-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
});

test("a runner edits their profile and it sticks", async ({ page }) => {
  await signInAs(page, ACCOUNTS.editor);
  await page.goto("/profile");
  await hydrated(page.getByLabel("Name"));
  await page.getByLabel("Name").fill("Pat the Pacer");
  await page.getByLabel("Miles (mi)").check();
  await page.getByLabel("Time zone").selectOption("America/Chicago");
  const profileForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Save profile" }) });
  await profileForm.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("region", { name: /^Notice/ }).getByText("Profile saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name")).toHaveValue("Pat the Pacer");
  await expect(page.getByLabel("Miles (mi)")).toBeChecked();
  await expect(page.getByLabel("Time zone")).toHaveValue("America/Chicago");
  // An empty name is refused at the field.
  await page.getByLabel("Name").fill("");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Tell us your name")).toBeVisible();
});

test("the landing page works on a 375 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
