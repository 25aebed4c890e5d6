import { type Page } from "@playwright/test";
import { expect, test } from "./test";
import { THREADS } from "./fixtures/cast";
import { possessive } from "../contract/possessive";
import { hydrated, localToday, signInAs, signOut } from "./helpers";

const CLUB = `/clubs/${THREADS.club.slug}`;
const SLUMP_NOTE = "Slept nine hours and still woke up wrecked.";
const REPLY = "Thanks for telling me. Nine hours and still wrecked is a real signal. How have the easy runs felt?";
const WHY = "A week to change the stimulus: new routes, no watch. Small goals, three easy runs.";

/** The runner posts an honest slump for their coaches only, through the app's own API. */
async function postSlumpForCoaches(page: Page) {
  const res = await page.request.post("/api/trpc/checkins.save", {
    data: {
      json: {
        date: localToday(), mood: 1, energy: 1, sleepQuality: 2, soreness: 6, stress: 6, motivation: 1, legs: "heavy",
        easyEffortHarder: true, easyHeartRate: "higher", warmupFeel: "rough", note: SLUMP_NOTE, visibility: "coaches", clubIds: [],
      },
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

function rowOf(page: Page, name: string) {
  return page.getByTestId("triage-row").filter({ has: page.getByRole("heading", { name }) });
}

test("a coach answers a coaches-only slump in its thread and assigns a slump reset saying why; the runner reads both from Today", async ({ page }) => {
  const { coach, runner } = THREADS;
  await signInAs(page, runner);
  await postSlumpForCoaches(page);
  await signOut(page);

  // The coach sees who is waiting, and the filter keeps them.
  await signInAs(page, coach);
  await page.goto(`${CLUB}/dashboard`);
  await expect(rowOf(page, runner.name).getByTestId("thread-status")).toContainText("Unanswered");
  await page.getByRole("button", { name: "Flagged and unanswered" }).click();
  await expect(page.getByRole("button", { name: "Flagged and unanswered" })).toHaveAttribute("aria-pressed", "true");
  await expect(rowOf(page, runner.name)).toBeVisible();

  // The row leads straight to the check-in's private thread.
  await rowOf(page, runner.name).getByRole("link", { name: `Reply to ${runner.name}` }).click();
  await expect(page.getByRole("heading", { name: `${possessive(runner.name)} check-in` })).toBeVisible();
  await expect(page.getByText(SLUMP_NOTE)).toBeVisible();
  const reply = page.getByLabel("Reply to your athlete");
  await hydrated(reply);
  await reply.fill(REPLY);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("thread-message").filter({ hasText: REPLY })).toBeVisible();
  await expect(reply).toHaveValue("");

  // Answered now: the row says by whom, and it leaves the "flagged and unanswered" list.
  await page.goto(`${CLUB}/dashboard`);
  await expect(rowOf(page, runner.name).getByTestId("thread-status")).toContainText(`Replied by ${coach.name}`);
  await page.getByRole("button", { name: "Flagged and unanswered" }).click();
  await expect(page.getByText("Nobody flagged is waiting for a reply.")).toBeVisible();
  await page.getByRole("button", { name: "All athletes" }).click();

  // The assignment carries its reason into the same thread.
  await rowOf(page, runner.name).getByRole("link", { name: new RegExp(`^Assign .* to ${runner.name}$`) }).click();
  await expect(page.getByRole("heading", { name: "Assign a block" })).toBeVisible();
  const why = page.getByLabel("Say why, in their check-in thread (optional)");
  await hydrated(why);
  await page.getByLabel("Template").selectOption("slump-reset");
  await why.fill(WHY);
  await page.getByRole("button", { name: "Assign block" }).click();
  await expect(page.getByText("Assigned to 1 athlete.")).toBeVisible();
  await signOut(page);

  // The runner hears back on Today: the reset, and the coaches' words with the way into the thread.
  await signInAs(page, runner);
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: /Slump reset/ })).toBeVisible();
  const replies = page.getByRole("region", { name: "From your coaches" });
  await expect(replies.getByTestId("coach-reply")).toContainText(WHY);
  await expect(replies.getByTestId("coach-reply")).toContainText(`${coach.name}, ${THREADS.club.name}`);
  await replies.getByRole("link", { name: /Open the thread/ }).click();
  await expect(page.getByRole("heading", { name: `With your coaches at ${THREADS.club.name}` })).toBeVisible();
  await expect(page.getByTestId("thread-message")).toHaveText([new RegExp(escape(REPLY)), new RegExp(escape(WHY))]);

  // And can answer, at a phone's width.
  await page.setViewportSize({ width: 390, height: 800 });
  const answer = page.getByLabel("Write to your coaches");
  await hydrated(answer);
  await answer.fill("Easy runs feel heavy. A week of change sounds right.");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("thread-message")).toHaveCount(3);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
