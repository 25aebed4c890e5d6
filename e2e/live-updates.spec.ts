import { type Browser, type Page } from "@playwright/test";
import { test as base, expect } from "./test";
import { clubIdOf, cuttableLink, type CuttableLink, listening, localToday, markPage, SECOND_URL, signUp, stayedOnPage, uniqueEmail } from "./helpers";

// Issue 15: live updates across instances. The runner's browser (this test's page, checked by axe) is on instance B,
// through a link the test can cut; the coach acts through instance A. On PostgreSQL those are two `next start`
// processes on one database, so each update crossed from one to the other through LISTEN/NOTIFY; on the embedded
// database A is B.
const test = base.extend<{ link: CuttableLink }>({
  link: async ({ browserName: _ }, provide) => {
    const link = await cuttableLink(SECOND_URL);
    await provide(link);
    await link.close();
  },
  baseURL: async ({ link }, provide) => provide(link.url),
});

/** What the runner must see after the coach's write has committed: within 2 s, and without a reload. */
const LIVE_WITHIN = { timeout: 2_000 };

async function onA(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

const STEADY_DAY = { mood: 4, energy: 4, sleepQuality: 4, soreness: 3, stress: 3, motivation: 4, legs: "normal", easyEffortHarder: false, easyHeartRate: "normal", warmupFeel: "ok" };
const ROUGH_DAY = { mood: 2, energy: 2, sleepQuality: 2, soreness: 6, stress: 6, motivation: 2, legs: "heavy", easyEffortHarder: true, easyHeartRate: "higher", warmupFeel: "rough" };

/** Today's check-in, shared with the club, through the app's own API. */
async function shareACheckin(page: Page, clubId: string, note: string, day = STEADY_DAY) {
  const res = await page.request.post("/api/trpc/checkins.save", {
    data: { json: { date: localToday(), ...day, note, visibility: "clubs", clubIds: [clubId] } },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

/** Puts the tab in the background or brings it back, as switching tabs does. */
async function setTabVisible(page: Page, visible: boolean) {
  await page.evaluate((v) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (v ? "visible" : "hidden") });
    document.dispatchEvent(new Event("visibilitychange"));
  }, visible);
}

async function startAClub(page: Page, name: string): Promise<{ path: string; id: string }> {
  await page.goto("/clubs/new");
  await page.getByLabel("Club name").fill(name);
  await page.getByLabel("Open").check();
  await page.getByRole("button", { name: "Create club" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const path = new URL(page.url()).pathname;
  return { path, id: await clubIdOf(page, path.split("/").pop()!) };
}

async function join(page: Page, clubPath: string) {
  await page.goto(clubPath);
  await page.getByRole("button", { name: "Join club" }).click();
  await expect(page.getByRole("button", { name: "Leave club" })).toBeVisible();
}

test("a runner on instance B sees a coach's comment, cheer and new block from instance A without a reload, and catches up after dropping off", async ({ browser, page: runner, link }) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36);
  const runnerName = `Lia Live ${tag}`;
  const clubName = `Live Striders ${tag}`;

  // The coach (on A) starts an open club; the runner (on B) joins it and shares today's check-in with it.
  const coach = await onA(browser);
  await signUp(coach, `Cy Coach ${tag}`, uniqueEmail("live-coach"));
  const { path: clubPath, id: clubId } = await startAClub(coach, clubName);

  await signUp(runner, runnerName, uniqueEmail("live-runner"));
  await join(runner, clubPath);
  await shareACheckin(runner, clubId, `Steady and happy (${tag})`);

  // The runner reads their post on the feed, its comments open, and leaves the page be.
  await runner.goto(`${clubPath}/feed`);
  const post = runner.getByRole("article", { name: new RegExp(`^${runnerName}`) });
  await post.getByRole("button", { name: "Comments (0)" }).click();
  await expect(post.getByText("No comments yet.")).toBeVisible();
  await listening(runner);
  await markPage(runner);

  // A comment through A appears in the open thread on B, and the count with it.
  await coach.goto(`${clubPath}/feed`);
  const coachsView = coach.getByRole("article", { name: new RegExp(`^${runnerName}`) });
  await coachsView.getByRole("button", { name: "Comments (0)" }).click();
  const comment = `Lovely and steady, keep it easy (${tag})`;
  await coachsView.getByLabel("Add a comment").fill(comment);
  await coachsView.getByRole("button", { name: "Post comment" }).click();
  await expect(coachsView.getByText(comment)).toBeVisible();
  await expect(post.getByText(comment)).toBeVisible(LIVE_WITHIN);
  await expect(post.getByRole("button", { name: "Comments (1)" })).toBeVisible(LIVE_WITHIN);
  // The comment is news for the runner: the bell counts it.
  await expect(runner.getByRole("banner").getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible(LIVE_WITHIN);

  // A cheer through A counts on B.
  await coachsView.getByRole("button", { name: /^Cheer/ }).click();
  await expect(coachsView.getByRole("button", { name: /^Cheer/ })).toHaveAccessibleName("Cheer, 1 reaction");
  await expect(post.getByRole("button", { name: /^Cheer/ })).toHaveAccessibleName("Cheer, 1 reaction", LIVE_WITHIN);
  await expect(post.getByRole("button", { name: /^Cheer/ })).toHaveAttribute("aria-pressed", "false");
  await stayedOnPage(runner);

  // The runner's connection drops (the stream with it): the page says it is reconnecting. A comment made meanwhile
  // shows once they are back, without a reload.
  await link.cut();
  await expect(runner.getByRole("status").filter({ hasText: "Reconnecting…" })).toBeVisible();
  const whileAway = `Saw your message, speak tomorrow (${tag})`;
  await coachsView.getByLabel("Add a comment").fill(whileAway);
  await coachsView.getByRole("button", { name: "Post comment" }).click();
  await expect(coachsView.getByText(whileAway)).toBeVisible();
  await link.restore();
  await expect(post.getByText(whileAway)).toBeVisible({ timeout: 20_000 });
  await expect(post.getByRole("button", { name: "Comments (2)" })).toBeVisible();
  await expect(runner.getByText("Reconnecting…")).toHaveCount(0);
  await stayedOnPage(runner);

  // A tab in the background closes its streams (a browser has few connections per server for all its tabs); back in
  // front, it re-reads what it shows.
  await setTabVisible(runner, false);
  await expect(runner.locator("[data-live]")).toHaveAttribute("data-live", "off");
  const whileHidden = `One more thing: stretch tonight (${tag})`;
  await coachsView.getByLabel("Add a comment").fill(whileHidden);
  await coachsView.getByRole("button", { name: "Post comment" }).click();
  await expect(coachsView.getByText(whileHidden)).toBeVisible();
  await setTabVisible(runner, true);
  await expect(post.getByText(whileHidden)).toBeVisible();
  await expect(post.getByRole("button", { name: "Comments (3)" })).toBeVisible();
  await stayedOnPage(runner);

  // Today on B changes when the coach, on A, sets the runner a block.
  await runner.goto("/today");
  await expect(runner.getByRole("heading", { name: "Today", exact: true })).toBeVisible();
  await expect(runner.getByRole("heading", { name: "Down week" })).toHaveCount(0);
  await listening(runner);
  await markPage(runner);
  await coach.goto(`${clubPath}/assign`);
  await coach.getByRole("checkbox", { name: new RegExp(runnerName) }).check();
  await coach.getByLabel("Template").selectOption("down-week");
  await coach.getByLabel("Note to the athlete (optional)").fill(`A lighter week after the race (${tag})`);
  await coach.getByRole("button", { name: "Assign block" }).click();
  await expect(coach.getByText("Assigned to 1 athlete.")).toBeVisible();
  await expect(runner.getByRole("heading", { name: "Down week" })).toBeVisible(LIVE_WITHIN);
  await expect(runner.getByText(`A lighter week after the race (${tag})`)).toBeVisible(LIVE_WITHIN);
  await stayedOnPage(runner);
  await coach.context().close();
});

test("a coach on instance B sees an athlete who checks in through A move up the dashboard, and a new post wait behind '1 new post' on the feed", async ({ browser, page: coach }) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36);
  // Same need, so the list starts by name: Abe, then Zed.
  const abe = { name: `Abe Early ${tag}`, page: await onA(browser) };
  const zed = { name: `Zed Later ${tag}`, page: await onA(browser) };

  await signUp(coach, `Cam Coach ${tag}`, uniqueEmail("live-dash-coach"));
  const club = await startAClub(coach, `Live Triage ${tag}`);
  for (const athlete of [abe, zed]) {
    await signUp(athlete.page, athlete.name, uniqueEmail("live-athlete"));
    await join(athlete.page, club.path);
  }

  await coach.goto(`${club.path}/dashboard`);
  const names = coach.getByTestId("triage-row").locator("h3");
  await expect(names).toHaveText([abe.name, zed.name]);
  await listening(coach);
  await markPage(coach);

  // Zed reports a rough day through A: on B his row moves to the top, flagged and checked in today.
  await shareACheckin(zed.page, club.id, `Heavy legs again (${tag})`, ROUGH_DAY);
  await expect(names).toHaveText([zed.name, abe.name], LIVE_WITHIN);
  const zedsRow = coach.getByTestId("triage-row").filter({ has: coach.getByRole("heading", { name: zed.name }) });
  await expect(zedsRow.getByText("Checked in today")).toBeVisible(LIVE_WITHIN);
  await expect(zedsRow.getByText(/^(Hold back|Reset)$/)).toBeVisible(LIVE_WITHIN);
  await stayedOnPage(coach);

  // On the feed, Abe's new post waits behind the pill until the coach asks for it: the post being read stays put.
  await coach.goto(`${club.path}/feed`);
  const zedsPost = coach.getByRole("article", { name: new RegExp(`^${zed.name}`) });
  const abesPost = coach.getByRole("article", { name: new RegExp(`^${abe.name}`) });
  await expect(zedsPost).toBeVisible();
  await listening(coach);
  await markPage(coach);
  await shareACheckin(abe.page, club.id, `Easy five by the river (${tag})`);
  await expect(coach.getByRole("button", { name: "1 new post" })).toBeVisible(LIVE_WITHIN);
  await expect(abesPost).toHaveCount(0);
  await coach.getByRole("button", { name: "1 new post" }).click();
  await expect(abesPost).toBeVisible();
  await expect(coach.getByRole("button", { name: /new post/ })).toHaveCount(0);
  await expect(coach.getByRole("list", { name: "Shared check-ins" })).toBeFocused();
  await stayedOnPage(coach);
  await Promise.all([abe.page.context().close(), zed.page.context().close()]);
});
