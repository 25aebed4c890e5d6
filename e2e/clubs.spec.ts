import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./test";
import { CLUBS, type FixturePerson } from "./fixtures/cast";
import { DEMO, localDaysAgo, signIn, signInAs, signUp, uniqueEmail } from "./helpers";

async function as(browser: Browser, who: FixturePerson): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, who);
  return page;
}

test("an owner makes an approval club; a runner let in by invite link is made a coach, approves a runner who asked, who RSVPs", async ({ browser, page: owner }) => {
  test.setTimeout(120_000);
  const name = `Night Owls ${Date.now().toString(36)}`;
  const { owner: ownerPerson, joiner } = CLUBS;

  // The owner creates a public club that needs approval. (A private club can only be joined by link: an outsider
  // gets "not found" and so can never ask; see the next test.)
  await signInAs(owner, ownerPerson);
  await owner.goto("/clubs/new");
  await owner.getByLabel("Club name").fill(name);
  await owner.getByLabel("Description").fill("Evening miles under the street lights.");
  await owner.getByLabel("City or area").fill("Harbourside");
  await owner.getByLabel("Public").check();
  await owner.getByLabel("Request and approval").check();
  await owner.getByRole("button", { name: "Create club" }).click();
  await expect(owner.getByRole("heading", { level: 1, name })).toBeVisible();
  const clubUrl = new URL(owner.url()).pathname;
  expect(clubUrl).toMatch(/^\/clubs\/night-owls-/);

  // An invite link, shown once.
  await owner.getByRole("button", { name: "Create invite link" }).click();
  const inviteUrl = await owner.getByLabel(/New invite link/).inputValue();
  expect(inviteUrl).toMatch(/\/join\/[A-Za-z0-9_-]{40,}$/);

  // The link is the approval: a runner who opens it joins at once, with no request left waiting; the owner makes him a coach.
  const joinerPage = await as(browser, joiner);
  await joinerPage.goto(inviteUrl);
  await expect(joinerPage.getByRole("heading", { name })).toBeVisible();
  await expect(joinerPage.getByRole("button", { name: "Ask to join" })).toHaveCount(0);
  await joinerPage.getByRole("button", { name: `Join ${name}` }).click();
  await expect(joinerPage).toHaveURL(clubUrl);
  await expect(joinerPage.getByRole("list", { name: "Members" }).getByText(joiner.name)).toBeVisible();
  await owner.reload();
  await expect(owner.getByRole("list", { name: "Members" }).getByText(joiner.name)).toBeVisible();
  await expect(owner.getByText("No one is waiting to join.")).toBeVisible();
  await owner.goto(`${clubUrl}/settings`);
  await owner.getByRole("button", { name: `Make ${joiner.name} a coach` }).click();
  await expect(owner.getByRole("button", { name: `Make ${joiner.name} a member` })).toBeVisible();

  // A new runner without a link finds the club and asks to join; until a coach says yes, she sees nothing inside it.
  const runner = await (await browser.newContext()).newPage();
  await signUp(runner, "Robin Nightowl", uniqueEmail("robin"));
  await runner.goto(clubUrl);
  await runner.getByRole("button", { name: "Ask to join" }).click();
  await expect(runner.getByText("Your request to join is waiting")).toBeVisible();
  await expect(runner.getByRole("link", { name: "Feed" })).toHaveCount(0);

  // The joiner, now a coach, approves the runner and schedules a run.
  await joinerPage.goto(clubUrl);
  await expect(joinerPage.getByRole("link", { name: /Notifications, \d+ unread/ })).toBeVisible();
  await joinerPage.getByRole("button", { name: "Approve Robin Nightowl" }).click();
  await expect(joinerPage.getByText("No one is waiting to join.")).toBeVisible();
  await joinerPage.goto(`${clubUrl}/runs/new`);
  await joinerPage.getByLabel("Title").fill("Lantern loop");
  const day = localDaysAgo(-3);
  await joinerPage.getByLabel(/^Starts/).fill(`${day}T19:30`);
  await joinerPage.getByLabel("Meeting point").fill("The lighthouse");
  await joinerPage.getByLabel(/Distance in km/).fill("8");
  await joinerPage.getByLabel(/Pace groups/).fill("5:45/km, 6:30/km");
  await joinerPage.getByRole("button", { name: "Schedule run" }).click();
  await expect(joinerPage.getByRole("heading", { name: "Lantern loop" })).toBeVisible();

  // The runner is told, now sees inside the club, and RSVPs.
  await runner.goto("/notifications");
  await expect(runner.getByRole("link", { name: `You're in: welcome to ${name}` })).toBeVisible();
  await runner.goto(clubUrl);
  await expect(runner.getByRole("list", { name: "Members" }).getByText("Robin Nightowl")).toBeVisible();
  await expect(runner.getByRole("link", { name: "Feed" })).toBeVisible();
  await runner.getByRole("link", { name: "Group runs" }).click();
  await runner.getByRole("group", { name: "Your answer for Lantern loop" }).getByRole("button", { name: "Going", exact: true }).click();
  await expect(runner.getByRole("button", { name: "Going", exact: true })).toHaveAttribute("aria-pressed", "true");
  await runner.getByRole("link", { name: "Lantern loop" }).click();
  await expect(runner.getByRole("list", { name: "Going" }).getByText("Robin Nightowl")).toBeVisible();
  await expect(runner.getByText("The lighthouse")).toBeVisible();
});

test("a signed-in outsider who opens a private club's URL gets not found", async ({ page }) => {
  await signIn(page, DEMO.ria);
  for (const path of ["/clubs/dawn-patrol", "/clubs/dawn-patrol/runs", "/clubs/dawn-patrol/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText("Dawn Patrol")).toHaveCount(0);
  }
  // Discover lists public clubs only.
  await page.goto("/clubs/discover?q=riverside");
  await expect(page.getByRole("link", { name: "Riverside Runners" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dawn Patrol" })).toHaveCount(0);
});

test("the club page and group runs fit a 375 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, DEMO.ria);
  for (const path of ["/clubs/riverside-runners", "/clubs/riverside-runners/runs", "/clubs", "/notifications"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("a taken address and a run time in the past are refused at their fields", async ({ page }) => {
  await signInAs(page, CLUBS.owner);
  await page.goto("/clubs/new");
  await page.getByLabel("Club name").fill(`${CLUBS.club.name} Two`);
  await page.getByLabel("Web address").fill(CLUBS.club.slug);
  await page.getByRole("button", { name: "Create club" }).click();
  await expect(page.getByText("That address is already taken. Try another.")).toBeVisible();
  await expect(page.getByLabel("Web address")).toHaveAttribute("aria-invalid", "true");

  await page.goto(`/clubs/${CLUBS.club.slug}/runs/new`);
  await page.getByLabel("Title").fill("Time travel tempo");
  await page.getByLabel(/^Starts/).fill("2020-01-04T08:00");
  await page.getByRole("button", { name: "Schedule run" }).click();
  await expect(page.getByText("That time has already passed. Pick a time in the future.")).toBeVisible();
  await page.goto(`/clubs/${CLUBS.club.slug}/runs`);
  await expect(page.getByText("Time travel tempo")).toHaveCount(0);
});
