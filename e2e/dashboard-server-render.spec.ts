import { expect, test } from "./test";
import { DEMO, HYDRATION_ERROR, hydrated, pageErrors, signIn } from "./helpers";

// Issue 14: the coach's triage list comes with the HTML, so a coach on a phone sees who needs them before any script
// has run; the page then hydrates over it without reading the first page again, and the other filter still reads its
// own list.
const DASHBOARD = "/clubs/riverside-runners/dashboard";
const ATHLETES = ["Ria Runner", "Sam Strider", "Lee Longrun"];

test("the dashboard's first page is in the server's HTML and hydrates without a second read", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.coach);

  const response = await page.request.get(DASHBOARD, { headers: { accept: "text/html" } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  for (const name of ATHLETES) expect(html, `${name}'s row in the HTML`).toContain(`<h3 class="break-words font-semibold">${name}</h3>`);
  expect(html).toMatch(/\d+<!-- --> athletes/);

  const errors = pageErrors(page);
  const reads: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/trpc/") && r.url().includes("dashboard.athletes")) reads.push(decodeURIComponent(r.url()));
  });
  await page.goto(DASHBOARD);
  const rows = page.getByTestId("triage-row");
  await expect(rows.filter({ hasText: "Ria Runner" })).toBeVisible();
  const flaggedFilter = page.getByRole("button", { name: "Flagged and unanswered" });
  await hydrated(flaggedFilter);
  expect(reads, "the first page is not read again on load").toEqual([]);

  // The other filter is read by the browser, and going back shows everyone again.
  await flaggedFilter.click();
  await expect(flaggedFilter).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => reads.some((u) => u.includes("flagged_unanswered"))).toBe(true);
  await page.getByRole("button", { name: "All athletes" }).click();
  for (const name of ATHLETES) await expect(rows.filter({ hasText: name })).toBeVisible();
  expect(errors.filter((e) => HYDRATION_ERROR.test(e))).toEqual([]);
});
