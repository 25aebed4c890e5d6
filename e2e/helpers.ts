import { expect, type Locator, type Page } from "@playwright/test";
import { FIXTURE_PASSWORD, type FixturePerson } from "./fixtures/cast";

export const DEMO_PASSWORD = "runforward-demo";
/** The demo accounts: for read-only looks around. A spec that changes something uses its own people (fixtures/cast.ts). */
export const DEMO = {
  coach: "coach@demo.runforward.app",
  ria: "ria@demo.runforward.app",
  sam: "sam@demo.runforward.app",
  lee: "lee@demo.runforward.app",
};

export function uniqueEmail(prefix = "runner"): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

export async function signUp(page: Page, name: string, email: string, password = "a-strong-password") {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up answers "check your inbox" whether or not the address was free (it never tells); then the runner signs in.
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.getByRole("link", { name: "Sign in" }).last().click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The header's bell shows at every width once signed in (sign out sits in the header on desktop, in More on phones).
  await expect(page.getByRole("banner").getByRole("link", { name: /^Notifications/ })).toBeVisible();
}

/** Signs out from the header on desktop, or from the bottom bar's More on a phone. */
export async function signOut(page: Page) {
  const headerButton = page.getByRole("banner").getByRole("button", { name: "Sign out", exact: true });
  if (await headerButton.isVisible()) {
    await headerButton.click();
  } else {
    await page.getByRole("navigation", { name: "Tabs" }).getByRole("button", { name: /^More/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
  }
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Signs in one of the specs' own people from fixtures/cast.ts. */
export function signInAs(page: Page, who: FixturePerson) {
  return signIn(page, who.email, FIXTURE_PASSWORD);
}

/** A calendar day n days before today, on this machine's clock and in its zone: the browser's and the fixture people's. */
export function localDaysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export const localToday = () => localDaysAgo(0);

/**
 * Waits until React has hydrated the element. A form whose fields take their values from react-hook-form's defaults
 * writes those defaults into the fields as it hydrates, over anything typed before (seen on a busy machine).
 */
export async function hydrated(field: Locator) {
  await expect.poll(() => field.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$")))).toBe(true);
}
