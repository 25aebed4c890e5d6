import { expect, test } from "./test";
import { hydrated, signUp, uniqueEmail } from "./helpers";

// A new runner with no club and no coach races a 10K today without rating the effort: the race still counts as this
// week's load (the 10K's default effort, 9, times 45 minutes), and a great-feeling check-in the same day is told to
// recover, in words that name the race, without pointing at a coach. Everything is "today" in the browser's zone.
test("a race without an effort rating counts as load, and the same day's verdict says recover first", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, "Rory Racer", uniqueEmail("race-load"));

  await page.goto("/training/trends");
  const loadCard = page.getByTestId("week-load-flags");
  await expect(loadCard).toContainText("No load in the last 7 days");
  await page.goto("/training/races");
  const race = page.getByRole("form", { name: "Log a race" });
  await hydrated(race.getByLabel("Race day"));
  await race.getByLabel("Race distance").selectOption("10k");
  await race.getByLabel("Finishing time").fill("45:00");
  await race.getByRole("button", { name: "Log race" }).click();
  await expect(page.getByText("Suggested recovery: after a 10K or 5K")).toBeVisible();
  await page.goto("/training/trends");
  await expect(loadCard.getByRole("definition").first()).toHaveText("405");
  // Nothing spills sideways at phone width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

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

  const verdict = page.getByRole("region", { name: /Today/ });
  await expect(verdict.getByText("Hold back", { exact: true })).toBeVisible();
  await expect(verdict.getByRole("listitem").first()).toHaveText("race day: your 10K: recovery comes first");
  await expect(verdict.getByTestId("verdict-advice")).toContainText("No running today");
  await expect(verdict).not.toContainText("coach");
});
