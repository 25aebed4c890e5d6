import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { BLOCKS } from "./fixtures/cast";
import { DEMO, hydrated, localDaysAgo, localToday, signIn, signInAs, signOut } from "./helpers";

const CLUB = `/clubs/${BLOCKS.club.slug}`;

/** The flagged runner reports a rough day through the app's own API (shared with coaches), so the dashboard flags them. */
async function reportARoughDay(page: Page) {
  const res = await page.request.post("/api/trpc/checkins.save", {
    data: {
      json: {
        date: localToday(), mood: 2, energy: 2, sleepQuality: 2, soreness: 6, stress: 6, motivation: 2, legs: "heavy",
        easyEffortHarder: true, easyHeartRate: "higher", warmupFeel: "rough", note: "Legs like lead again.",
        visibility: "coaches", clubIds: [],
      },
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

function rowOf(page: Page, name: string) {
  return page.getByTestId("triage-row").filter({ has: page.getByRole("heading", { name }) });
}

test("a coach assigns a down week to a flagged runner, who marks the day done, and compliance goes up", async ({ page }) => {
  const { coach, flagged } = BLOCKS;
  await signInAs(page, flagged);
  await reportARoughDay(page);
  await signOut(page);

  await signInAs(page, coach);
  await page.goto(`${CLUB}/dashboard`);
  const row = rowOf(page, flagged.name);
  await expect(row.getByText(/^(Hold back|Reset)$/)).toBeVisible();
  await row.getByRole("link", { name: new RegExp(`^Assign a (down week|slump reset) to ${flagged.name}$`) }).click();

  await expect(page.getByRole("heading", { name: "Assign a block" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: new RegExp(flagged.name) })).toBeChecked();
  await page.getByLabel("Template").selectOption("down-week");
  await page.getByLabel("Note to the athlete (optional)").fill("Let's absorb the last few weeks. Easy running only.");
  await page.getByRole("button", { name: "Assign block" }).click();
  await expect(page.getByText("Assigned to 1 athlete.")).toBeVisible();

  await page.goto(`${CLUB}/dashboard`);
  await expect(rowOf(page, flagged.name).getByText(/compliance not started/)).toBeVisible();
  await signOut(page);

  await signInAs(page, flagged);
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: "Down week" })).toBeVisible();
  await expect(page.getByText("Day 1 of 7")).toBeVisible();
  await expect(page.getByText("Normal training at 75% of usual volume", { exact: true })).toBeVisible();
  await expect(page.getByText("Let's absorb the last few weeks.")).toBeVisible();
  await page.getByText("Done", { exact: true }).click();
  await page.getByText("Good", { exact: true }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("So far: 1 of 1 days done.")).toBeVisible();
  await signOut(page);

  await signInAs(page, coach);
  await page.goto(`${CLUB}/dashboard`);
  await expect(rowOf(page, flagged.name).getByText(/compliance 100% \(1 of 1 days done\)/)).toBeVisible();
});

test("a runner three days into a down week sees it on Today, and her calendar link works until she turns it off", async ({ page }) => {
  const { coach, onBlock } = BLOCKS;
  // The coach backdates a down week to three days ago.
  await signInAs(page, coach);
  await page.goto(`${CLUB}/assign`);
  await hydrated(page.getByLabel("Start date"));
  await page.getByRole("checkbox", { name: new RegExp(onBlock.name) }).check();
  await page.getByLabel("Template").selectOption("down-week");
  await page.getByLabel("Start date").fill(localDaysAgo(3));
  await page.getByRole("button", { name: "Assign block" }).click();
  await expect(page.getByText("Assigned to 1 athlete.")).toBeVisible();
  await signOut(page);

  await signInAs(page, onBlock);
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: "Down week" })).toBeVisible();
  await expect(page.getByText("Day 4 of 7")).toBeVisible();
  await page.getByRole("button", { name: "Make a calendar link" }).click();
  const url = await page.getByLabel(/Your calendar link/).inputValue();
  const ics = await page.request.get(url);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("BEGIN:VEVENT");
  await page.getByRole("button", { name: "Turn off the link" }).click();
  await expect(page.getByText("You have no calendar link.")).toBeVisible();
  expect((await page.request.get(url)).status()).toBe(404);
});

test("the demo runner's Today page shows her down week and fits a 375 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, DEMO.ria);
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Down week" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
