import { expect, test } from "./test";
import { hydrated, signUp, uniqueEmail } from "./helpers";

// Issue 14: a denser club feed. At phone width a clubmate sees who posted (an avatar of their initials), the verdict
// as an icon with its word, the run's distance and pace in the reader's own unit, and reacts from one compact row.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a clubmate reads a shared run's distance and pace in miles and cheers it from the compact row", async ({ browser, page: runner }) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36);
  const runnerName = `Inès ${tag} Øvrebø`;
  const mateName = `Mo Reader ${tag}`;
  const clubName = `Dense Feed ${tag}`;

  // The runner (in km, the default) starts an open club and checks in with today's 10 km in 50 minutes, shared with it.
  await signUp(runner, runnerName, uniqueEmail("dense-runner"));
  await runner.goto("/clubs/new");
  await runner.getByLabel("Club name").fill(clubName);
  await runner.getByLabel("Open").check();
  await runner.getByRole("button", { name: "Create club" }).click();
  await expect(runner.getByRole("heading", { level: 1, name: clubName })).toBeVisible();
  const clubPath = new URL(runner.url()).pathname;

  await runner.goto("/checkin");
  await expect(runner.getByRole("button", { name: "Save check-in" })).toBeVisible();
  const addSession = runner.getByLabel("Add today's session");
  // The session sits in the folded "More detail" section where the form has one.
  if (!(await addSession.isVisible())) await runner.getByRole("button", { name: /More detail/ }).click();
  await addSession.check();
  await runner.getByRole("spinbutton", { name: "Minutes" }).fill("50");
  await runner.getByRole("spinbutton", { name: /^Distance/ }).fill("10");
  await runner.getByLabel("Honest update").fill(`Easy ten by the canal (${tag})`);
  await runner.getByRole("group", { name: "Who sees this?" }).getByText("My club(s)").click();
  await runner.getByRole("group", { name: "Share with" }).getByRole("checkbox", { name: clubName }).check();
  await runner.getByRole("button", { name: "Save check-in" }).click();
  await expect(runner.getByRole("button", { name: "Edit this check-in" })).toBeVisible();

  // A clubmate who runs in miles joins and opens the feed.
  const mate = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await signUp(mate, mateName, uniqueEmail("dense-mate"));
  await hydrated(mate.getByRole("button", { name: "Save profile" }));
  await mate.getByLabel("Miles (mi)").check();
  await mate.getByRole("button", { name: "Save profile" }).click();
  await expect(mate.getByRole("region", { name: /^Notice/ }).getByText("Profile saved")).toBeVisible();
  await mate.reload();
  await expect(mate.getByLabel("Miles (mi)")).toBeChecked();
  await mate.goto(clubPath);
  await mate.getByRole("button", { name: "Join club" }).click();
  await expect(mate.getByRole("button", { name: "Leave club" })).toBeVisible();
  await mate.goto(`${clubPath}/feed`);

  const post = mate.getByRole("article", { name: new RegExp(`^${runnerName}`) });
  await expect(post).toBeVisible();
  // The avatar: the name's initials, whole letters, beside the name (and hidden from screen readers, which read the name).
  const avatar = post.locator("header [aria-hidden=true]").first();
  await expect(avatar).toHaveText("IØ");
  await expect(post.getByText(runnerName, { exact: true })).toBeVisible();
  await expect(post.getByText("Today", { exact: true })).toBeVisible();
  // The verdict's word, with its icon drawn in SVG (not an emoji), in the same header line as the avatar.
  const verdict = post.locator("header").getByText(/^(Push|Steady|Hold back|Reset)$/);
  await expect(verdict).toBeVisible();
  await expect(verdict.locator("svg")).toHaveCount(1);
  const [a, v] = [(await avatar.boundingBox())!, (await verdict.boundingBox())!];
  expect(Math.abs(a.y + a.height / 2 - (v.y + v.height / 2))).toBeLessThan(8);

  // 10 km in 50:00 is 6.21 mi at 8:03 a mile for this reader.
  await expect(post.getByText("6.21 mi")).toBeVisible();
  await expect(post.getByText("50:00")).toBeVisible();
  await expect(post.getByText("8:03 /mi")).toBeVisible();
  await expect(post).not.toContainText("km");

  // Reactions: one row of icon buttons, named for screen readers, with counts; mine is pressed.
  const cheer = post.getByRole("button", { name: /^Cheer/ });
  await expect(cheer).toHaveAccessibleName("Cheer, 0 reactions");
  await expect(cheer).toHaveAttribute("aria-pressed", "false");
  const reactions = post.getByRole("group", { name: "Reactions" }).getByRole("button");
  await expect(reactions).toHaveCount(3);
  const tops = await reactions.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  await cheer.click();
  await expect(cheer).toHaveAttribute("aria-pressed", "true");
  await expect(cheer).toHaveAccessibleName("Cheer, 1 reaction");
  await expect(post.getByRole("button", { name: "Comments (0)" })).toHaveAttribute("aria-expanded", "false");

  // The count is the server's: it is still there after a reload.
  await mate.reload();
  const again = mate.getByRole("article", { name: new RegExp(`^${runnerName}`) }).getByRole("button", { name: /^Cheer/ });
  await expect(again).toHaveAccessibleName("Cheer, 1 reaction");
  await expect(again).toHaveAttribute("aria-pressed", "true");

  // The runner reads their own post in km, and sees the cheer counted (not pressed: it isn't theirs).
  await runner.goto(`${clubPath}/feed`);
  const own = runner.getByRole("article", { name: new RegExp(`^${runnerName}`) });
  await expect(own.getByText("10.0 km")).toBeVisible();
  await expect(own.getByText("5:00 /km")).toBeVisible();
  const ownCheer = own.getByRole("button", { name: /^Cheer/ });
  await expect(ownCheer).toHaveAccessibleName("Cheer, 1 reaction");
  await expect(ownCheer).toHaveAttribute("aria-pressed", "false");
});
