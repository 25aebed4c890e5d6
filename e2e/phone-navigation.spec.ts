import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { NAVIGATION } from "./fixtures/cast";
import { hydrated, signInAs, signOut } from "./helpers";

// Issue 14: on a phone everything a runner needs is within a thumb's reach of the bottom bar, nothing scrolls
// sideways, and the bar's More carries the unread count a clubmate's cheer left.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const bar = (page: Page) => page.getByRole("navigation", { name: "Tabs" });

async function tapTab(page: Page, name: string, url: RegExp) {
  const tab = bar(page).getByRole("link", { name, exact: true });
  await hydrated(tab);
  await tab.click();
  await expect(page).toHaveURL(url);
  await expect(tab).toHaveAttribute("aria-current", "page");
}

async function noSideScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function openMore(page: Page, name: string | RegExp = /^More/) {
  const more = bar(page).getByRole("button", { name });
  await hydrated(more);
  await more.click();
  return page.getByRole("menu");
}

test("a runner checks in, reads the club feed and finds the rest under More, all from the bottom bar", async ({ page }) => {
  // Three sign-ins and a check-in: a long journey on a busy two-core machine.
  test.setTimeout(180_000);
  const { runner, mate, club } = NAVIGATION;
  const note = `Easy loop by the river ${Date.now().toString(36)}`;
  await signInAs(page, runner);
  // The header keeps the bell but no cut-short name and no sign-out on a phone: those live in More.
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: /^Notifications/ })).toBeVisible();
  await expect(header.getByRole("link", { name: runner.name })).toBeHidden();
  await expect(header.getByRole("button", { name: "Sign out" })).toBeHidden();

  await tapTab(page, "Today", /\/today$/);
  await noSideScroll(page);
  await tapTab(page, "Check in", /\/checkin$/);
  await noSideScroll(page);
  await hydrated(page.getByRole("button", { name: "Save check-in" }));
  await page.getByRole("group", { name: "Legs" }).getByText("Responsive", { exact: true }).click();
  await page.getByLabel("Honest update").fill(note);
  await page.getByRole("group", { name: "Who sees this?" }).getByText("My club(s)").click();
  await page.getByRole("group", { name: "Share with" }).getByRole("checkbox", { name: club.name }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByRole("region", { name: /Today/ }).getByTestId("verdict-advice")).toBeVisible();
  await noSideScroll(page);
  // The last thing on the page is not hidden behind the bar.
  const mainBottom = await page.locator("main").evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  const barHeight = await bar(page).evaluate((el) => el.getBoundingClientRect().height);
  const lastBottom = await page.locator("main > *").last().evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  expect(mainBottom - lastBottom).toBeGreaterThanOrEqual(barHeight);

  await tapTab(page, "Clubs", /\/clubs$/);
  await page.getByRole("link", { name: club.name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: club.name })).toBeVisible();
  const sections = page.getByRole("navigation", { name: "Club" });
  await sections.getByRole("link", { name: "Feed", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/clubs/${club.slug}/feed$`));
  const open = sections.locator('[aria-current="page"]');
  await expect(open).toHaveText("Feed");
  await expect(open).toBeInViewport();
  await expect(page.getByRole("article", { name: new RegExp(`^${runner.name}`) }).getByText(note)).toBeVisible();
  await noSideScroll(page);
  await signOut(page);

  // A clubmate cheers the post: a real notification for the runner.
  await signInAs(page, mate);
  await page.goto(`/clubs/${club.slug}/feed`);
  const cheer = page.getByRole("article", { name: new RegExp(`^${runner.name}`) }).filter({ hasText: note }).getByRole("button", { name: /Cheer/ });
  await hydrated(cheer);
  await cheer.click();
  await expect(cheer).toHaveAttribute("aria-pressed", "true");
  await signOut(page);

  await signInAs(page, runner);
  const menu = await openMore(page, "More, 1 unread");
  await expect(menu.getByText(`Signed in as ${runner.name}`)).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: /Notifications.*1 unread/ })).toBeVisible();
  await menu.getByRole("menuitem", { name: "Goals" }).click();
  await expect(page).toHaveURL(/\/goals$/);
  await noSideScroll(page);
  await (await openMore(page)).getByRole("menuitem", { name: "History" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await noSideScroll(page);
  await (await openMore(page)).getByRole("menuitem", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await noSideScroll(page);
  await (await openMore(page)).getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(bar(page)).toHaveCount(0);
});

test("every bar target is at least 44 px and the Training sections are one tap from the log", async ({ page }) => {
  await signInAs(page, NAVIGATION.mate);
  await tapTab(page, "Training", /\/training$/);
  for (const target of await bar(page).locator("a, button").all()) {
    const box = await target.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);
  }
  const sections = page.getByRole("navigation", { name: "Training sections" });
  await expect(sections.getByRole("link", { name: "Log" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("form", { name: "Log a session" })).toBeInViewport({ ratio: 0.1 });
  for (const [name, url, form] of [["Races", /\/training\/races$/, "Log a race"], ["Import", /\/training\/import$/, "Import a GPX, TCX or FIT file"]] as const) {
    await sections.getByRole("link", { name }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole("form", { name: form })).toBeVisible();
    await noSideScroll(page);
  }
  await sections.getByRole("link", { name: "Trends" }).click();
  await expect(page.getByTestId("week-load-flags")).toBeVisible();
  await noSideScroll(page);
  // Training is still the open tab in the bar on every section.
  await expect(bar(page).getByRole("link", { name: "Training" })).toHaveAttribute("aria-current", "page");
});
