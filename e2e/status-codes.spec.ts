import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { DEMO, signIn, signOut, signUp, uniqueEmail } from "./helpers";

// Pages that don't exist, and pages the caller may not see, answer HTTP 404 (never 200 with "not found" streamed in
// after a loading state) and still show the friendly words. Hidden and missing look the same, so a 404 says nothing
// about what exists. The demo data is only read here: Ria is a member of Riverside Runners (public) and not of Dawn
// Patrol (private), Lee has asked to join Dawn Patrol, and the coach owns both.

const UNKNOWN_ID = "6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b";

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText(/couldn.t find that page/)).toBeVisible();
}

async function expectFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { name: "Not found" })).toHaveCount(0);
}

/** The first link on `path` whose address is `prefix` and then an id (a check-in or session the runner owns). Other
 * links under the same prefix, such as the training section tabs (/training/races), are passed over. */
async function firstLink(page: Page, path: string, prefix: string) {
  await page.goto(path);
  const withId = new RegExp(`^${prefix}[0-9a-f-]{36}`);
  let href: string | undefined;
  await expect.poll(async () => {
    const hrefs = await page.locator(`a[href^="${prefix}"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    href = hrefs.find((h) => withId.test(h));
    return href ?? "";
  }, { message: `a link to ${prefix}<id> on ${path}` }).toMatch(withId);
  return href!.split("#")[0]!;
}

test("unknown and hidden pages answer 404, signed out and signed in", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.ria);
  const riasCheckin = await firstLink(page, "/history", "/checkins/");
  const riasSession = await firstLink(page, "/training", "/training/");
  // Her own pages are there for her.
  await expectFound(page, riasCheckin);
  await expectFound(page, riasSession);

  // A member of a club, not its coach.
  await expectNotFound(page, "/no-such-page");
  await expectNotFound(page, "/clubs/no-such-club");
  await expectNotFound(page, "/clubs/dawn-patrol");
  await expectNotFound(page, "/clubs/dawn-patrol/feed");
  await expectNotFound(page, "/clubs/riverside-runners/dashboard");
  await expectNotFound(page, "/clubs/riverside-runners/templates");
  await expectNotFound(page, "/clubs/riverside-runners/assign");
  await expectNotFound(page, `/checkins/${UNKNOWN_ID}`);
  await expectNotFound(page, `/training/${UNKNOWN_ID}`);
  await expectNotFound(page, "/training/not-an-id");
  await expectNotFound(page, `/join/${"x".repeat(43)}`);
  await expectFound(page, "/clubs/riverside-runners/feed");
  await signOut(page);

  // Signed out.
  await expectNotFound(page, "/no-such-page");
  await expectNotFound(page, "/clubs/no-such-club");
  await expectNotFound(page, "/clubs/dawn-patrol/feed");
  await expectNotFound(page, "/clubs/riverside-runners/feed");
  await expectNotFound(page, riasCheckin);
  await expectNotFound(page, `/checkins/${UNKNOWN_ID}`);
  await expectFound(page, "/clubs/riverside-runners");
  // The training log is for signed-in runners: the way in is the sign-in page, not a 404.
  await page.goto(riasSession);
  await expect(page).toHaveURL(/\/signin/);
  // So are a club's coach pages (the proxy sends any /clubs/<slug>/dashboard there, so it says nothing about the club).
  await page.goto("/clubs/riverside-runners/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fclubs%2Friverside-runners%2Fdashboard/);
  await expect(page.getByRole("heading", { name: "Not found" })).toHaveCount(0);

  // Someone signed in who is in no club: another runner's check-in and session are simply not there.
  await signUp(page, "Nell Newcomer", uniqueEmail("status"));
  await expectNotFound(page, riasCheckin);
  await expectNotFound(page, riasSession);
  await expectNotFound(page, "/clubs/dawn-patrol");
});

test("a requester sees the club's header but not its inside; the owner sees every section", async ({ page }) => {
  await signIn(page, DEMO.lee);
  await expectFound(page, "/clubs/dawn-patrol");
  const feed = await page.goto("/clubs/dawn-patrol/feed");
  expect(feed?.status()).toBe(404);
  // Under the club's own header, which a requester may see.
  await expect(page.getByRole("heading", { level: 1, name: "Dawn Patrol" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await signOut(page);

  await signIn(page, DEMO.coach);
  for (const section of ["", "/feed", "/dashboard", "/templates", "/settings"]) await expectFound(page, `/clubs/dawn-patrol${section}`);
  await expectNotFound(page, `/clubs/dawn-patrol/dashboard/blocks/${UNKNOWN_ID}`);
  await expectNotFound(page, `/clubs/dawn-patrol/templates/${UNKNOWN_ID}`);
});
