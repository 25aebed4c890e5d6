// A runner checks in on a phone with no signal. The check-in waits in IndexedDB, survives a reload (the service worker
// answers the page with its offline page, which says it is waiting), and is sent by itself when the connection
// returns: the verdict shows, History holds exactly one check-in, and a second "online" or a reload sends nothing more.
import type { Page, Request } from "@playwright/test";
import { expect, test } from "./test";
import { hydrated, signUp, uniqueEmail } from "./helpers";

// Lets context.setOffline reach the service worker's own fetches too (Playwright reads it when the browser starts).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const NOTE = "Legs heavy on the towpath, no signal out here";

/** Check-ins waiting on this phone, read straight from the app's IndexedDB store. */
const waitingOnPhone = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("run-forward");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("checkin-queue")) return resolve(0);
          const count = db.transaction("checkin-queue").objectStore("checkin-queue").count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );

test("a check-in saved offline waits on the phone and is sent once when the connection returns", async ({ page, context }) => {
  await signUp(page, "Ola Offline", uniqueEmail("offline"));
  await page.goto("/checkin");
  const save = page.getByRole("button", { name: "Save check-in" });
  await hydrated(save);
  // The app's worker controls the page (it claims it on first install), with the offline page stored. Its first install
  // precaches every chunk, which on a busy CI machine has taken longer than the default 10 s.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), { timeout: 30_000 }).toMatch(/\/sw\.js$/);

  const sends: Request[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/trpc/checkins.save") && !r.serviceWorker()) sends.push(r);
  });

  await context.setOffline(true);
  await page.getByRole("group", { name: "Legs" }).getByText("Heavy", { exact: true }).click();
  await page.getByLabel("Honest update").fill(NOTE);
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: "Saved on this phone — it will send when you're online." })).toBeVisible();
  expect(await waitingOnPhone(page)).toBe(1);

  // Offline, a reload gets the worker's offline page (the check-in page itself needs the server), still saying it waits.
  await page.reload();
  await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "1 check-in is saved on this phone" })).toBeVisible();
  expect(page.url()).toMatch(/\/checkin$/);

  const attemptsWhileOffline = sends.length;
  await context.setOffline(false);
  // The offline page reloads the check-in page, which sends the queued check-in and shows its verdict.
  const verdict = page.getByRole("region", { name: /Today/ });
  await expect(verdict.getByRole("listitem").filter({ hasText: "legs heavy early" })).toBeVisible();
  await expect.poll(() => waitingOnPhone(page)).toBe(0);
  expect(sends.length - attemptsWhileOffline).toBe(1);

  // Another "online" and a reload find nothing left to send.
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await page.reload();
  await expect(page.getByRole("button", { name: "Update check-in" })).toBeVisible();
  await page.goto("/history");
  await expect(page.getByRole("heading", { name: "Your history" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Edit check-in for / })).toHaveCount(1);
  await expect(page.getByText(NOTE)).toHaveCount(1);
  expect(sends.length - attemptsWhileOffline).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
