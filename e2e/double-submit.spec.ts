import { type Locator } from "@playwright/test";
import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";

// Issue 11: every write happens once. A double click on a submit button must send one request and make one row,
// even though both clicks land before React has re-rendered the button as disabled.

/**
 * Two clicks in one task, before React can re-render the button as disabled: the fastest a double click can be.
 * (Playwright's dblclick leaves a task between its clicks, which a react-hook-form submit, validating first, can hide.)
 */
async function clickTwiceInOneFrame(button: Locator) {
  await button.evaluate((el: HTMLElement) => {
    el.click();
    el.click();
  });
}

test("a double-clicked comment is posted once, with one notification", async ({ browser, page: alice }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const aliceName = `Alice Once ${tag}`;
  const bobName = `Bob Twice ${tag}`;
  const clubName = `Once Only ${tag}`;
  const comment = `One comment, not two (${tag})`;

  // Alice starts an open club and shares a check-in with it.
  await signUp(alice, aliceName, uniqueEmail("once-a"));
  await alice.goto("/clubs/new");
  await alice.getByLabel("Club name").fill(clubName);
  await alice.getByLabel("Open").check();
  await alice.getByRole("button", { name: "Create club" }).click();
  await expect(alice.getByRole("heading", { level: 1, name: clubName })).toBeVisible();
  const clubPath = new URL(alice.url()).pathname;

  await alice.goto("/checkin");
  await alice.getByLabel("Honest update").fill(`Steady week (${tag})`);
  await alice.getByRole("group", { name: "Who sees this?" }).getByText("My club(s)").click();
  await alice.getByRole("group", { name: "Share with" }).getByRole("checkbox", { name: clubName }).check();
  await alice.getByRole("button", { name: "Save check-in" }).click();
  await expect(alice.getByRole("button", { name: "Edit this check-in" })).toBeVisible();

  // Bob joins and double-clicks "Post comment" on Alice's post.
  const bob = await (await browser.newContext()).newPage();
  await signUp(bob, bobName, uniqueEmail("once-b"));
  await bob.goto(clubPath);
  await bob.getByRole("button", { name: "Join club" }).click();
  await expect(bob.getByRole("button", { name: "Leave club" })).toBeVisible();
  await bob.goto(`${clubPath}/feed`);
  const post = bob.getByRole("article", { name: new RegExp(`^${aliceName}`) });
  await post.getByRole("button", { name: "Comments (0)" }).click();
  await post.getByLabel("Add a comment").fill(comment);
  await post.getByRole("button", { name: "Post comment" }).dblclick();
  await expect(post.getByText(comment)).toBeVisible();
  // Settled: the box is cleared and the button is back.
  await expect(post.getByLabel("Add a comment")).toHaveValue("");
  await expect(post.getByRole("button", { name: "Post comment" })).toBeEnabled();

  // From the server's side, after a reload: exactly one comment.
  await bob.reload();
  const reloaded = bob.getByRole("article", { name: new RegExp(`^${aliceName}`) });
  const toggle = reloaded.getByRole("button", { name: /^Comments \(\d+\)$/ });
  await expect(toggle).toHaveText("Comments (1)");
  await toggle.click();
  await expect(reloaded.getByText(comment)).toHaveCount(1);
  await expect(reloaded.getByRole("listitem").filter({ hasText: comment })).toHaveCount(1);

  // Alice is told once.
  await alice.goto("/notifications");
  const list = alice.getByRole("list", { name: "Notifications" });
  await expect(list.getByText(`${bobName} commented on your check-in`)).toHaveCount(1);
  await bob.context().close();
});

test("two clicks on \"Add goal\" in one frame make one goal", async ({ page }) => {
  const title = `Run once, not twice ${Date.now().toString(36)}`;
  await signUp(page, "Gina Goal", uniqueEmail("once-goal"));
  await page.goto("/goals");
  const form = page.getByRole("form", { name: "Add a goal" });
  await form.getByLabel("Goal", { exact: true }).fill(title);
  await clickTwiceInOneFrame(form.getByRole("button", { name: "Add goal" }));
  await expect(page.getByRole("button", { name: `Delete goal: ${title}` }).first()).toBeVisible();
  await expect(form.getByRole("button", { name: "Add goal" })).toBeEnabled();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Next month" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Delete goal: ${title}` })).toHaveCount(1);
});

test("two clicks on \"Log session\" in one frame log one session", async ({ page }) => {
  const notes = `Logged once ${Date.now().toString(36)}`;
  await signUp(page, "Sid Session", uniqueEmail("once-session"));
  await page.goto("/training");
  const form = page.getByRole("form", { name: "Log a session" });
  await form.getByLabel("Notes (optional)").fill(notes);
  await clickTwiceInOneFrame(form.getByRole("button", { name: "Log session" }));
  await expect(form.getByText("Session logged.")).toBeVisible();

  await page.reload();
  const sessions = page.getByRole("list", { name: "Your sessions" });
  await expect(sessions.getByText(notes).first()).toBeVisible();
  await expect(sessions.getByRole("listitem")).toHaveCount(1);
});
