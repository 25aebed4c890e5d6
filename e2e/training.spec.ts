import { readFileSync } from "node:fs";
import { expect, test } from "./test";
import { format } from "date-fns";
import { TRAINING } from "./fixtures/cast";
import { DEMO, signIn, signInAs, signUp, uniqueEmail } from "./helpers";

/** The Wednesday n weeks before this one, as yyyy-MM-dd (midweek, so a time-zone day shift stays in the same week). */
function wednesdayWeeksAgo(n: number): string {
  const d = new Date();
  const weekday = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() - weekday + 2 - 7 * n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

test("a runner logs three building weeks and sees the down-week suggestion, which fits a 375 px phone", async ({ page }) => {
  await signUp(page, "Bea Builder", uniqueEmail("bea"));
  await page.goto("/training/trends");
  await expect(page.getByText("No sessions in the last 12 weeks yet")).toBeVisible();
  // The log is one tap away from every Training section.
  await page.getByRole("navigation", { name: "Training sections" }).getByRole("link", { name: "Log" }).click();
  await expect(page).toHaveURL(/\/training$/);
  const form = page.getByRole("form", { name: "Log a session" });
  for (const [weeksAgo, km] of [[3, 15], [2, 18], [1, 23]] as const) {
    await form.getByLabel("Date").fill(wednesdayWeeksAgo(weeksAgo));
    await form.getByLabel("Type").selectOption("long");
    await form.getByLabel("Duration (minutes)").fill(String(km * 6));
    await form.getByLabel("Distance (km, optional)").fill(String(km));
    await form.getByLabel("Effort (RPE 0–10)").selectOption("4");
    await form.getByRole("button", { name: "Log session" }).click();
    await expect(form.getByRole("status")).toHaveText("Session logged.");
  }
  await expect(page.getByRole("list", { name: "Your sessions" }).getByRole("listitem")).toHaveCount(3);
  await page.getByRole("navigation", { name: "Training sections" }).getByRole("link", { name: "Trends" }).click();
  const suggestion = page.getByTestId("down-week-suggestion");
  await expect(suggestion).toBeVisible();
  await expect(suggestion).toContainText("Time for a down week");
  await expect(suggestion).toContainText("15 → 18 → 23 km");
  await expect(suggestion).toContainText("16–18 km");
  await expect(page.getByRole("list", { name: "Phase per week" }).getByText("Build", { exact: false })).toHaveCount(3);

  // The page, suggestion and all, fits a 375 px phone.
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(suggestion).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("bad input is refused at the field and nothing is logged", async ({ page }) => {
  await signUp(page, "Ned Negative", uniqueEmail("ned"));
  await page.goto("/training");
  const form = page.getByRole("form", { name: "Log a session" });
  await form.getByLabel("Distance (km, optional)").fill("-5");
  await form.getByLabel("Duration (minutes)").fill("3000");
  await form.getByRole("button", { name: "Log session" }).click();
  await expect(form.getByText("Distance can't be negative")).toBeVisible();
  await expect(form.getByText("That's over 48 hours. Check the duration.")).toBeVisible();
  await expect(page.getByText("Nothing logged yet")).toBeVisible();
});

test("a runner imports a GPX file, then edits the session", async ({ page }) => {
  await signUp(page, "Gus Gpx", uniqueEmail("gus"));
  await page.goto("/training/import");
  const importer = page.getByRole("form", { name: "Import a GPX, TCX or FIT file" });
  await importer.getByLabel(/GPX, TCX or FIT file/).setInputFiles("e2e/fixtures/broken.gpx");
  await importer.getByRole("button", { name: "Import file" }).click();
  await expect(importer.getByText("damaged or incomplete")).toBeVisible();

  await importer.getByLabel(/GPX, TCX or FIT file/).setInputFiles("e2e/fixtures/easy-run.gpx");
  await importer.getByRole("button", { name: "Import file" }).click();
  // The run started at 07:00 UTC on 10 November, a day that depends on the runner's zone (the browser's, at sign-up).
  const day = format(new Date("2026-11-10T07:00:00Z"), "EEE d MMM yyyy");
  await expect(importer.getByText(`Imported 5.00 km in 25 min on ${day}`)).toBeVisible();
  await page.goto("/training");
  const item = page.getByRole("list", { name: "Your sessions" }).getByRole("listitem").first();
  await expect(item).toContainText("GPX import");
  await expect(item).toContainText("5.00 km");

  await item.getByRole("link", { name: /Edit/ }).click();
  await expect(page.getByRole("heading", { name: "Edit session" })).toBeVisible();
  await page.getByLabel("Notes (optional)").fill("Foggy river loop");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/training$/);
  await expect(page.getByText("Foggy river loop")).toBeVisible();
});

test("a runner logs a race and is offered the matching recovery", async ({ page }) => {
  await signInAs(page, TRAINING.racer);
  await page.goto("/training/races");
  const form = page.getByRole("form", { name: "Log a race" });
  await form.getByLabel("Race distance").selectOption("half");
  await form.getByLabel("Race name (optional)").fill("Harbour Half");
  await form.getByLabel("Finishing time").fill("1:58:30");
  await form.getByRole("button", { name: "Log race" }).click();
  await expect(page.getByText("Suggested recovery: after a half marathon")).toBeVisible();
  await expect(page.getByText(/We've let your coach know/)).toBeVisible();
  await expect(page.getByRole("list", { name: "Your races" })).toContainText("Harbour Half");
});

test("a runner exports their data as JSON and CSV", async ({ page }) => {
  await signIn(page, DEMO.ria);
  await page.goto("/profile");
  await page.getByRole("link", { name: /Your data/ }).click();
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download JSON" }).click()]);
  expect(json.suggestedFilename()).toMatch(/^run-forward-export-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await json.path())!, "utf8"));
  expect(data.profile.email).toBe(DEMO.ria);
  expect(data.trainingSessions.length).toBeGreaterThan(0);
  expect(data.raceResults.length).toBeGreaterThan(0);
  expect(data.goals.length).toBeGreaterThan(0);
  expect(JSON.stringify(data)).not.toContain("passwordHash");
  for (const s of data.trainingSessions) expect(s.userId).toBe(data.profile.id);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  const text = readFileSync((await csv.path())!, "utf8");
  expect(text).toContain("# trainingSessions");
  expect(text).toContain(DEMO.ria);
});

test("a runner deletes their account after typing the confirmation", async ({ page }) => {
  const email = uniqueEmail("del");
  await signUp(page, "Dee Delete", email);
  await page.goto("/account");
  await expect(page.getByText("your posts in club feeds are deleted too")).toBeVisible();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.getByLabel(/to confirm/).fill("delete it");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText('Type "delete my account" to confirm')).toBeVisible();
  await page.getByLabel(/to confirm/).fill("delete my account");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("heading", { name: "Your account is deleted" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-strong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account")).toBeVisible();
});

test("goals show on the profile", async ({ page }) => {
  await signInAs(page, TRAINING.goalSetter);
  await page.goto("/goals");
  const form = page.getByRole("form", { name: "Add a goal" });
  await form.getByLabel("When").selectOption("career");
  await form.getByLabel("Goal").fill("Run every parkrun in the county");
  await form.getByLabel("Share with my coaches").check();
  await form.getByRole("button", { name: "Add goal" }).click();
  await expect(page.getByRole("heading", { name: "Running career" })).toBeVisible();
  await page.goto("/profile");
  // Scoped to the page's main: while React streams the profile in, its finished copy waits hidden at the end of the body.
  await expect(page.getByRole("main").getByText("Run every parkrun in the county")).toBeVisible();
});
