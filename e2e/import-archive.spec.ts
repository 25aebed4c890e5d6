import { expect, test } from "./test";
import { activitiesCsvOf, fitOf, gpxOf, gz, tcxOf, zipOf } from "../server/domain/imports/testing/activity-files";
import type { Page } from "@playwright/test";
import { hydrated, signUp, uniqueEmail } from "./helpers";

// Issue 16: a runner brings a whole export archive and sees what came in. London for the runner (the browser's zone,
// taken at sign-up), and runs at 12:00 UTC on days before London's today, so every run is on the day it says
// whatever the machine's zone or clock.
test.use({ timezoneId: "Europe/London" });

function londonDaysAgo(n: number): Date {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  const at = new Date(`${today}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() - n);
  return at;
}

/** The archive form is the Import page's second tab; a tap before React hydrates would be lost. */
async function openArchiveTab(page: Page) {
  const tab = page.getByRole("tab", { name: "Whole archive" });
  await hydrated(tab);
  await tab.click();
  await expect(tab).toHaveAttribute("aria-selected", "true");
}

async function fiveRunArchive() {
  const run = (n: number) => ({ start: londonDaysAgo(n), minutes: 30 });
  const files = [
    { name: "activities/101.fit.gz", content: gz(fitOf(run(1))) },
    { name: "activities/102.gpx.gz", content: gz(gpxOf(run(3))) },
    { name: "activities/103.fit", content: fitOf(run(8)) },
    { name: "activities/104.gpx", content: gpxOf(run(10)) },
    { name: "activities/105.tcx.gz", content: gz(tcxOf(run(15))) },
  ];
  const csv = activitiesCsvOf(files.map((f, i) => ({ id: String(101 + i), file: f.name, name: `Archive run ${i + 1}`, exertion: 4 })));
  return zipOf([{ name: "activities.csv", content: csv }, ...files]);
}

test("a runner uploads a five-run export, sees what came in and the weeks it filled, then takes it back out", async ({ page }) => {
  await signUp(page, "Ari Archive", uniqueEmail("ari"));
  await page.goto("/training/import");
  await openArchiveTab(page);
  const form = page.getByRole("form", { name: "Import a whole export archive" });
  const picker = form.getByLabel(/Strava or Garmin export/);
  // A file that only claims to be a zip is refused at the field, with the reason.
  await picker.setInputFiles({ name: "notes.zip", mimeType: "application/zip", buffer: Buffer.from("just some notes") });
  await form.getByRole("button", { name: "Import archive" }).click();
  await expect(form.getByRole("alert")).toHaveText("That isn't a zip archive we can read. Upload the .zip your export came in, unchanged.");

  await picker.setInputFiles({ name: "export.zip", mimeType: "application/zip", buffer: await fiveRunArchive() });
  await form.getByRole("button", { name: "Import archive" }).click();

  await expect(page.getByRole("heading", { name: "What came in" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("count-imported")).toHaveText("5");
  await expect(page.getByTestId("count-failed")).toHaveText("0");
  // Days 1 to 15 back always touch at least three Monday-start weeks.
  const weeks = page.getByTestId("week-filled");
  expect(await weeks.count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId("weeks-filled-count")).toContainText(/weeks filled: .*(build|maintain)/);
  // The volume chart counts them too: its table lists non-zero weeks and the empty state is gone.
  await expect(page.getByText("No sessions in the last 12 weeks yet")).toHaveCount(0);
  await page.getByText("Show the weeks as a table").click();
  await expect(page.getByRole("row").filter({ hasText: /[1-9][\d.]* km/ }).first()).toBeVisible();

  // On a phone the summary fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto("/training");
  await page.getByLabel("Show").selectOption({ label: "Export archives" });
  const sessions = page.getByRole("list", { name: "Your sessions" }).getByRole("listitem");
  await expect(sessions).toHaveCount(5);
  await page.getByLabel("Show").selectOption({ label: "Logged by hand" });
  await expect(page.getByText("No sessions from this source yet.")).toBeVisible();

  await page.goto("/training/import");
  const imports = page.getByRole("list", { name: "Your imports" }).getByRole("listitem");
  // The refused upload is listed too, stopped, with nothing in it.
  await expect(imports).toHaveCount(2);
  await expect(imports.filter({ hasText: "notes.zip" })).toContainText("Stopped");
  const archive = imports.filter({ hasText: "export.zip" });
  await archive.getByRole("button", { name: /Delete the import/ }).click();
  await page.getByRole("dialog", { name: "Delete this import?" }).getByRole("button", { name: "Delete import" }).click();
  await expect(imports).toHaveCount(1);
  await page.goto("/training");
  await expect(page.getByText(/Nothing logged yet/)).toBeVisible();
});

test("an export bigger than 10 MB arrives whole: the upload route is not cut short by the proxy", async ({ page }) => {
  await signUp(page, "Bea Bigarchive", uniqueEmail("bea"));
  // Real exports carry photos beside the activities; 12 MB of stored (uncompressed) noise stands in for them.
  const photo = new Uint8Array(12 * 1024 * 1024);
  for (let i = 0; i < photo.length; i += 4096) photo[i] = (i * 7919) % 251;
  const archive = await zipOf([
    { name: "media/photo.jpg", content: photo, compress: false },
    { name: "activities/201.gpx", content: gpxOf({ start: londonDaysAgo(2), minutes: 30 }) },
  ]);
  expect(archive.length).toBeGreaterThan(10 * 1024 * 1024);
  await page.goto("/training/import");
  await openArchiveTab(page);
  const form = page.getByRole("form", { name: "Import a whole export archive" });
  await form.getByLabel(/Strava or Garmin export/).setInputFiles({ name: "big-export.zip", mimeType: "application/zip", buffer: archive });
  await form.getByRole("button", { name: "Import archive" }).click();
  await expect(page.getByRole("heading", { name: "What came in" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("count-imported")).toHaveText("1");
  await expect(page.getByTestId("count-failed")).toHaveText("0");
});
