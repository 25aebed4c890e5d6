// A runner half-way through a check-in loses the page (a reload, the phone dropping the tab): the answers and the note
// come back. A saved check-in leaves no draft, a discarded draft stays gone, and the next person to sign in on the
// same browser never sees the first one's draft.
import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { hydrated, signOut, signUp, uniqueEmail } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const NOTE = "Thinking about skipping Thursday's intervals";

async function openCheckin(page: Page) {
  await page.goto("/checkin");
  await hydrated(page.getByRole("button", { name: /^(Save|Update) check-in$/ }));
}

/** The draft is written a moment after typing stops; wait for it rather than for a fixed time. */
const draftHolds = (page: Page, text: string) =>
  expect.poll(() => page.evaluate((t) => Object.keys(localStorage).some((k) => k.startsWith("rf:checkin-draft:") && localStorage.getItem(k)!.includes(t)), text)).toBe(true);

test("a check-in draft survives a reload, is cleared by saving, and stays with its own runner", async ({ page }) => {
  await signUp(page, "Dee Draft", uniqueEmail("draft"));
  await openCheckin(page);
  // The whole check-in fits a few thumb-scrolls on a phone (it was 2,147 px before optional detail was folded away).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: "check-in page height at 390 px", description: `${height} px` });
  expect(height).toBeLessThan(1800);
  await page.getByRole("group", { name: "Mood" }).getByRole("radio", { name: "Flat" }).click();
  await page.getByRole("group", { name: "Legs" }).getByText("Heavy", { exact: true }).click();
  await page.getByLabel("Honest update").fill(NOTE);
  await draftHolds(page, NOTE);

  await openCheckin(page);
  await expect(page.getByRole("status").filter({ hasText: "Draft restored" })).toBeVisible();
  await expect(page.getByLabel("Honest update")).toHaveValue(NOTE);
  await expect(page.getByRole("group", { name: "Mood" }).getByRole("radio", { name: "Flat" })).toBeChecked();
  await expect(page.getByRole("group", { name: "Legs" }).getByRole("radio", { name: "Heavy" })).toBeChecked();

  // Discarding goes back to a clean form, and a reload does not bring the draft back.
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(page.getByLabel("Honest update")).toHaveValue("");
  await openCheckin(page);
  await expect(page.getByText("Draft restored")).toHaveCount(0);

  // Typed again, reloaded, then saved: after saving, a reload shows the saved check-in and no draft.
  await page.getByLabel("Honest update").fill(NOTE);
  await draftHolds(page, NOTE);
  await openCheckin(page);
  await expect(page.getByLabel("Honest update")).toHaveValue(NOTE);
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByRole("region", { name: /Today/ })).toBeVisible();
  await openCheckin(page);
  await expect(page.getByRole("button", { name: "Update check-in" })).toBeVisible();
  await expect(page.getByText("Draft restored")).toHaveCount(0);

  // A new draft, then a sign-out: the next runner on this browser gets a clean form, and the draft is gone from it.
  await page.getByLabel("Honest update").fill("Private second thoughts");
  await draftHolds(page, "Private second thoughts");
  await signOut(page);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("rf:checkin-draft:")))).toEqual([]);
  await signUp(page, "Nia Next", uniqueEmail("draft-next"));
  await openCheckin(page);
  await expect(page.getByText("Draft restored")).toHaveCount(0);
  await expect(page.getByLabel("Honest update")).toHaveValue("");
  await expect(page.getByText("Private second thoughts")).toHaveCount(0);
});
