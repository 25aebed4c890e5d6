import { expect, test } from "@playwright/test";
import { DEMO, signIn, signOut, signUp, uniqueEmail } from "./helpers";

const NOTE = `Heavy legs from the first mile <script>window.__pwned = true</script>`;

test("a runner's hold-back check-in reaches the club, which cheers and comments; an outsider sees nothing", async ({ page }) => {
  // Lee checks in with heavy legs and a higher easy heart rate, shared with the club.
  await signIn(page, DEMO.lee);
  await page.goto("/checkin");
  await page.getByRole("group", { name: "Legs" }).getByText("Heavy", { exact: true }).click();
  await page.getByRole("group", { name: "Heart rate at easy effort, against usual" }).getByText("Higher", { exact: true }).click();
  await page.getByLabel("Honest update").fill(NOTE);
  await page.getByRole("group", { name: "Who sees this?" }).getByText("My club(s)").click();
  const riverside = page.getByRole("group", { name: "Share with" }).getByRole("checkbox", { name: "Riverside Runners" });
  await riverside.check();
  await page.getByRole("button", { name: /Save check-in|Update check-in/ }).click();

  const verdict = page.getByRole("region", { name: /Today/ });
  await expect(verdict.getByText("Hold back", { exact: true })).toBeVisible();
  await expect(verdict.getByRole("listitem").filter({ hasText: "legs heavy early" })).toBeVisible();
  await expect(verdict.getByRole("listitem").filter({ hasText: "heart rate higher than usual at easy effort" })).toBeVisible();
  await signOut(page);

  // Ria, a clubmate, cheers and comments on it in the feed.
  await signIn(page, DEMO.ria);
  await page.goto("/clubs/riverside-runners/feed");
  await expect(page.getByRole("complementary", { name: "You're not alone" })).toBeVisible();
  const post = page.getByRole("article", { name: /^Lee Longrun/ }).first();
  await expect(post.getByText(NOTE)).toBeVisible(); // script shown as text, never run
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  const cheer = post.getByRole("button", { name: /Cheer/ });
  await cheer.click();
  await expect(cheer).toHaveAttribute("aria-pressed", "true");
  await post.getByRole("button", { name: /Comments \(\d+\)/ }).click();
  await post.getByLabel("Add a comment").fill("You've got this, Lee. Easy loop on Saturday?");
  await post.getByRole("button", { name: "Post comment" }).click();
  await expect(post.getByText("You've got this, Lee. Easy loop on Saturday?")).toBeVisible();
  await signOut(page);

  // Lee sees both as notifications.
  await signIn(page, DEMO.lee);
  await page.goto("/notifications");
  const list = page.getByRole("list", { name: "Notifications" });
  await expect(list.getByText("Ria Runner cheered your check-in").first()).toBeVisible();
  await expect(list.getByText("Ria Runner commented on your check-in").first()).toBeVisible();
  await signOut(page);

  // Someone outside the club sees nothing of the feed.
  await signUp(page, "Outsider Olly", uniqueEmail("outsider"));
  await page.goto("/clubs/riverside-runners/feed");
  await expect(page.getByText("The feed is for members")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
  await expect(page.getByText(NOTE)).toHaveCount(0);
});

test("history shows charts and past check-ins with edit and delete", async ({ page }) => {
  await signIn(page, DEMO.sam);
  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "Your history" })).toBeVisible();
  await expect(page.getByText("Wellness index", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: /Edit check-in for/ }).first()).toBeVisible();
  await page.getByRole("link", { name: /Edit check-in for/ }).first().click();
  await expect(page.getByRole("button", { name: "Update check-in" })).toBeVisible();
});
