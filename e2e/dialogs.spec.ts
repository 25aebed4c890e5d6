import { test, expect } from "./test";
import { signUp, uniqueEmail } from "./helpers";

// Confirmations are dialogs: opened from the keyboard, Escape backs out with nothing changed, the red button does it.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("an owner backs out of deleting their club with Escape, then deletes it by keyboard", async ({ page }) => {
  await signUp(page, "Dot Dialog", uniqueEmail("dialog-owner"));
  const name = `Lantern Striders ${Date.now()}`;
  await page.goto("/clubs/new");
  await page.getByLabel("Club name").fill(name);
  await page.getByRole("button", { name: "Create club" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const clubPath = new URL(page.url()).pathname;

  await page.goto(`${clubPath}/settings`);
  const trigger = page.getByRole("button", { name: "Delete this club" });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await expect(dialog).toBeVisible();
  // Focus starts on the name field and stays inside the dialog however far you tab.
  await expect(dialog.getByLabel(/to confirm/)).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  // Nothing changed: the club is still there.
  await page.goto(clubPath);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.goto(`${clubPath}/settings`);
  await page.getByRole("button", { name: "Delete this club" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("button", { name: "Delete this club" })).toBeDisabled();
  await page.keyboard.type(name);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/clubs$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
  const gone = await page.request.get(clubPath);
  expect(await gone.text()).not.toContain(name);
});

test("a runner deletes their account from the dialog, lands on a page that says so, and can't sign in again", async ({ page }) => {
  const email = uniqueEmail("dialog-delete");
  await signUp(page, "Del Dialog", email);
  await page.goto("/account");
  await page.getByRole("button", { name: "Delete my account" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep my account" }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.locator("#main").getByText(`Signed in as ${email}`)).toBeVisible();

  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.keyboard.type("delete my account");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account-deleted$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account is deleted" })).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-strong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account")).toBeVisible();
});

test("check-in scales are radio cards: arrow keys choose, and the chosen word names the card", async ({ page }) => {
  await signUp(page, "Kay Keys", uniqueEmail("dialog-keys"));
  await page.goto("/checkin");
  const stress = page.getByRole("radiogroup", { name: "Stress" });
  const start = stress.getByRole("radio", { name: "A little", exact: true });
  await expect(start).toBeChecked();
  await start.focus();
  // Held a moment, as a finger does; a native radio group moves focus and chooses on each arrow key.
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight", { delay: 150 });
  const overwhelmed = stress.getByRole("radio", { name: "Overwhelmed" });
  await expect(overwhelmed).toBeFocused();
  await expect(overwhelmed).toBeChecked();
  await expect(start).not.toBeChecked();
  await expect(stress.getByRole("radio", { checked: true })).toHaveCount(1);
  // One tab stop per group: Tab leaves Stress for Motivation's chosen card, Shift+Tab comes back to Stress's.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radiogroup", { name: "Motivation" }).getByRole("radio", { name: "Okay", exact: true })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(overwhelmed).toBeFocused();
  // The focused card wears the page's blue focus ring; a chosen card without focus only its fill, no outline.
  const ring = await overwhelmed.evaluate((el) => {
    const s = getComputedStyle(el.closest("label") ?? el);
    return { style: s.outlineStyle, width: s.outlineWidth, offset: s.outlineOffset, colour: s.outlineColor, gap: s.boxShadow };
  });
  expect(ring).toMatchObject({ style: "solid", width: "3px", offset: "2px", colour: "rgb(29, 78, 216)" });
  expect(ring.gap).toContain("0px 0px 0px 2px");
  const motivationOkay = page.getByRole("radiogroup", { name: "Motivation" }).getByRole("radio", { name: "Okay", exact: true });
  await expect(motivationOkay).toBeChecked();
  expect(await motivationOkay.evaluate((el) => getComputedStyle(el.closest("label") ?? el).outlineStyle)).toBe("none");
  // A group with nothing chosen yet: Space chooses the focused card, an arrow the next, and Tab leaves the group.
  await page.getByRole("button", { name: /More detail/ }).click();
  await page.getByRole("checkbox", { name: "Add today's session" }).check();
  const effort = page.getByRole("radiogroup", { name: "Effort (0 = rest, 10 = all out)" });
  await expect(effort.getByRole("radio", { checked: true })).toHaveCount(0);
  await effort.getByRole("radio", { name: "0", exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(effort.getByRole("radio", { name: "0", exact: true })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(effort.getByRole("radio", { name: "1", exact: true })).toBeFocused();
  await expect(effort.getByRole("radio", { name: "1", exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  const warmup = page.getByRole("radiogroup", { name: "How did the first 10–15 minutes feel?" });
  await expect(warmup.getByRole("radio").first()).toBeFocused();
  await expect(warmup.getByRole("radio", { checked: true })).toHaveCount(0);
  // Each word is on the page once, on its card, so "the card that says Overwhelmed" is one card.
  await expect(page.getByRole("group", { name: "Stress" }).getByText("Overwhelmed", { exact: true })).toHaveCount(1);

  // No choice's text spills out of its card, at either width ("Overwhelmed" used to).
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    // The radio is laid over its card; the card is the <label> around it.
    const spilling = await page.getByRole("radio").evaluateAll((radios) =>
      radios.map((r) => r.closest("label")).filter((c) => !c || c.scrollWidth > c.clientWidth).length);
    expect(spilling, `cards spilling at ${width} px`).toBe(0);
  }
});
