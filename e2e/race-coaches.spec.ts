import { expect, test } from "./test";
import { TRAINING } from "./fixtures/cast";
import { signInAs, signUp, uniqueEmail } from "./helpers";

test("the race form names the coaches it would tell, and the runner can tell nobody", async ({ page }) => {
  await signInAs(page, TRAINING.racer);
  await page.goto("/training/races");
  const form = page.getByRole("form", { name: "Log a race" });
  const tell = form.getByRole("checkbox", { name: /Tell my coaches/ });
  // Named before saving, and on by default.
  await expect(tell).toBeChecked();
  await expect(form.getByText(`${TRAINING.coach.name} (${TRAINING.club.name})`)).toBeVisible();
  await tell.uncheck();
  await expect(form.getByText("Nobody will be told about this race.")).toBeVisible();
  await form.getByLabel("Race name (optional)").fill("Quiet 10K");
  await form.getByLabel("Finishing time").fill("48:10");
  await form.getByRole("button", { name: "Log race" }).click();
  await expect(page.getByText("Your coaches weren't told.", { exact: false })).toBeVisible();
});

test("a runner with no coaches is told that nobody will hear", async ({ page }) => {
  await signUp(page, "Solo Runner", uniqueEmail("solo"));
  await page.goto("/training/races");
  const form = page.getByRole("form", { name: "Log a race" });
  await expect(form.getByText("Nobody will be told: you have no coaches in your clubs.")).toBeVisible();
  await expect(form.getByRole("checkbox", { name: /Tell my coaches/ })).toHaveCount(0);
});
