import { expect, test } from "./test";
import { fiveK, toFit } from "../server/test/fixtures-activity";
import { hydrated, signUp, uniqueEmail } from "./helpers";

// Issues 12 and 16: a FIT file from a watch brings moving time, pace, heart rate, climb and splits, shown on the
// session's page; a session logged by hand says it has no splits.
test.use({ timezoneId: "Europe/London" });

test("a runner imports a FIT file and sees its run data and splits, on a phone too", async ({ page }) => {
  await signUp(page, "Fay Fit", uniqueEmail("fay"));
  await page.goto("/training/import");
  const importer = page.getByRole("form", { name: "Import a GPX, TCX or FIT file" });
  // Three days ago, so the run is in the past on any day the suite runs.
  const start = new Date(Math.floor((Date.now() - 3 * 86_400_000) / 60_000) * 60_000);
  const fit = Buffer.from(toFit(fiveK(), { start, lapEveryM: 1000 }));
  await importer.getByLabel(/GPX, TCX or FIT file/).setInputFiles({ name: "morning-run.fit", mimeType: "application/octet-stream", buffer: fit });
  await importer.getByRole("button", { name: "Import file" }).click();
  await expect(importer.getByText(/Imported 5\.00 km in 27 min/)).toBeVisible();
  await importer.getByRole("link", { name: "See the run" }).click();
  await expect(page.getByRole("heading", { name: "Easy run", exact: false })).toBeVisible();
  const figures = page.getByRole("region", { name: "Figures" });
  for (const [label, value] of [["Moving time", "25:00"], ["Average pace", "5:00 /km"], ["Average heart rate", "148 bpm"], ["Max heart rate", "156 bpm"], ["Elevation gain", "20 m"]] as const) {
    await expect(figures.getByText(label, { exact: true })).toBeVisible();
    await expect(figures.getByText(value, { exact: true })).toBeVisible();
  }
  const splits = page.getByRole("region", { name: "Splits per kilometre" });
  await expect(splits.getByTestId("splits-chart")).toBeVisible();
  const rows = splits.getByRole("table").getByRole("row");
  // A header row and five kilometres at 5:00.
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(3)).toContainText("5:00 /km");

  await page.setViewportSize({ width: 390, height: 800 });
  await expect(splits.getByRole("table")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // In the log too, with pace over moving time: 25 minutes for 5 km, the two minutes at the light left out.
  await page.goto("/training");
  const item = page.getByRole("list", { name: "Your sessions" }).getByRole("listitem").first();
  await expect(item).toContainText("FIT import");
  await expect(item).toContainText("5:00 /km");
});

test("a session logged by hand has no splits to show, and says so", async ({ page }) => {
  await signUp(page, "Hal Hand", uniqueEmail("hal"));
  await page.goto("/training");
  const form = page.getByRole("form", { name: "Log a session" });
  await hydrated(form.getByLabel("Duration (minutes)"));
  await form.getByLabel("Duration (minutes)").fill("40");
  await form.getByLabel("Distance (km, optional)").fill("8");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByRole("status")).toHaveText("Session logged.");
  const item = page.getByRole("list", { name: "Your sessions" }).getByRole("listitem").first();
  await expect(item).toContainText("5:00 /km");
  await item.getByRole("link", { name: "Easy run", exact: true }).click();
  await expect(page.getByText("No splits for this session: it was logged by hand.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Figures" }).getByText("Moving time")).toHaveCount(0);
});
