// Notification preferences on the profile at phone width: the defaults fit the kind, choices and times are saved
// once and are there after a reload.
import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";

test.use({ viewport: { width: 390, height: 844 } });

test("a runner chooses what reaches them, a reminder time and quiet hours, and finds them saved", async ({ page }) => {
  await signUp(page, "Nia Notify", uniqueEmail("prefs"));
  await page.goto("/profile");
  const form = page.getByRole("form", { name: "Notifications", exact: true });
  await expect(form.getByRole("group", { name: "Recovery blocks" }).getByRole("checkbox", { name: "Email" })).toBeChecked();
  const reactions = form.getByRole("group", { name: "Reactions" });
  await expect(reactions.getByRole("checkbox", { name: "Email" })).not.toBeChecked();
  // Not a coach: no digest choice.
  await expect(form.getByRole("group", { name: "Coach digest by email" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // By keyboard: Space toggles a real checkbox.
  await reactions.getByRole("checkbox", { name: "Push" }).focus();
  await page.keyboard.press("Space");
  await expect(reactions.getByRole("checkbox", { name: "Push" })).toBeChecked();
  await form.getByRole("checkbox", { name: /Remind me if I haven't checked in/ }).check();
  await form.getByLabel("Reminder time").fill("07:45");
  await form.getByRole("checkbox", { name: /Hold back email and push at night/ }).check();
  await form.getByLabel("From").fill("22:30");
  await form.getByRole("button", { name: "Save notifications" }).click();
  await expect(page.getByRole("region", { name: /^Notice/ }).getByText("Notification choices saved")).toBeVisible();

  await page.reload();
  const again = page.getByRole("form", { name: "Notifications", exact: true });
  await expect(again.getByRole("group", { name: "Reactions" }).getByRole("checkbox", { name: "Push" })).toBeChecked();
  await expect(again.getByLabel("Reminder time")).toHaveValue("07:45");
  await expect(again.getByLabel("From")).toHaveValue("22:30");
  await expect(again.getByLabel("Until")).toHaveValue("07:00");
});
