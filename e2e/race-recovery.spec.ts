import { expect, test } from "./test";
import { RECOVERY } from "./fixtures/cast";
import { hydrated, localDaysAgo, signInAs, signOut, signUp, uniqueEmail } from "./helpers";

// Issue 12's journey: a half marathon yesterday, a check-in today feeling great, a verdict that says recover, and the
// runner starting the recovery themselves from Today. Dates are relative to the runner's today (the machine's zone,
// which is the browser's), so it holds on any day, at any hour, in any zone.
test("a runner logs a half marathon, feels great the next day, is told to recover, and starts the recovery from Today", async ({ page }) => {
  const { runner, coach, club } = RECOVERY;
  await signInAs(page, runner);

  // Yesterday's half marathon, on Training.
  await page.goto("/training/races");
  const race = page.getByRole("form", { name: "Log a race" });
  await hydrated(race.getByLabel("Race day"));
  await race.getByLabel("Race day").fill(localDaysAgo(1));
  await race.getByLabel("Race distance").selectOption("half");
  await race.getByLabel("Race name (optional)").fill("Riverside Half");
  await race.getByLabel("Finishing time").fill("1:45:00");
  await race.getByRole("button", { name: "Log race" }).click();
  await expect(page.getByText("Suggested recovery: after a half marathon")).toBeVisible();

  // Today's check-in (the form's date is today): everything feels great.
  await page.goto("/checkin");
  await hydrated(page.getByRole("button", { name: "Save check-in" }));
  const pick = (group: string, word: string) => page.getByRole("group", { name: group }).getByText(word, { exact: true }).click();
  await pick("Mood", "Buzzing");
  await pick("Energy", "Full of beans");
  await pick("Sleep", "Perfect");
  await pick("Soreness or stiffness", "None");
  await pick("Stress", "None");
  await pick("Motivation", "Fired up");
  await pick("Legs", "Responsive");
  await page.getByRole("button", { name: "Save check-in" }).click();

  // Told to recover: not push, and the first reason names the half marathon.
  const verdict = page.getByRole("region", { name: /Today/ });
  await expect(verdict.getByText(/^(Hold back|Reset)$/)).toBeVisible();
  await expect(verdict.getByText("Push", { exact: true })).toHaveCount(0);
  await expect(verdict.getByRole("listitem").first()).toContainText("half marathon");

  // Today shows where they are in the window, and the recovery to start.
  await page.goto("/today");
  const window = page.getByRole("region", { name: "Recovering from Riverside Half" });
  await expect(window).toContainText("Day 1 of 12: no running until");
  await window.getByRole("button", { name: /^Start this/ }).click();

  // The block is on Today: the first day of the half-marathon recovery, started by the runner.
  const block = page.getByRole("region", { name: "After a half marathon" });
  await expect(block.getByRole("heading", { name: "After a half marathon" })).toBeVisible();
  await expect(block.getByText("Day 1 of 12", { exact: true })).toBeVisible();
  await expect(block.getByText("Today’s plan")).toBeVisible();
  await expect(block.getByText("You started this yourself.", { exact: false })).toBeVisible();
  await expect(page.getByText("No plan right now")).toHaveCount(0);
  // Nothing offers the same recovery again.
  await expect(page.getByRole("button", { name: /^Start this/ })).toHaveCount(0);
  // Today, race window and block included, fits a 390 px phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(block).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  await signOut(page);

  // The club's coach sees it on the dashboard, marked self-started, and is offered the block rather than another.
  await signInAs(page, coach);
  await page.goto(`/clubs/${club.slug}/dashboard`);
  const row = page.getByTestId("triage-row").filter({ has: page.getByRole("heading", { name: runner.name }) });
  await expect(row.getByText("Self-started")).toBeVisible();
  await expect(row.getByRole("link", { name: `View or adjust ${runner.name}’s block` })).toBeVisible();
  await expect(row.getByRole("link", { name: /^Assign/ })).toHaveCount(0);
});

test("a new runner with no club and no training sees an empty year, not a year of build, and no coach's plan", async ({ page }) => {
  await signUp(page, "Nia Newcomer", uniqueEmail("nia"));
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: "No plan right now" })).toBeVisible();
  const phases = page.getByRole("region", { name: "Your training phases this year" });
  await expect(phases.getByText("No training logged in the last year yet.", { exact: false })).toBeVisible();
  // The legend names every colour the bar can show, no training included.
  for (const label of ["Build", "Maintain", "Reset", "No training"]) await expect(phases.getByText(label, { exact: true })).toBeVisible();
});
