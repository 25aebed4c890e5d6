import { expect, test } from "./test";
import { signUp, uniqueEmail } from "./helpers";

// Issue 11: every write happens once. The same run imported again, from either file format, is refused by name.
// London, so the run's 07:00 UTC start reads 07:00 whatever zone the machine is in.
test.use({ timezoneId: "Europe/London" });

test("the same run imported as GPX, GPX again and TCX is logged once", async ({ page }) => {
  await signUp(page, "Dee Duplicate", uniqueEmail("dee"));
  await page.goto("/training/import");
  const importer = page.getByRole("form", { name: "Import a GPX, TCX or FIT file" });
  const sessions = page.getByRole("list", { name: "Your sessions" }).getByRole("listitem");
  const importFile = async (name: string) => {
    const input = importer.getByLabel(/GPX, TCX or FIT file/);
    await input.setInputFiles(`e2e/fixtures/${name}`);
    // Choosing a file clears the last message, so a refusal seen below is this attempt's.
    await expect(importer.getByRole("alert")).toHaveCount(0);
    await importer.getByRole("button", { name: "Import file" }).click();
  };

  await importFile("easy-run.gpx");
  await expect(importer.getByText(/Imported 5\.00 km in 25 min on Tue 10 Nov 2026/)).toBeVisible();

  for (const name of ["easy-run.gpx", "easy-run.tcx"]) {
    await importFile(name);
    await expect(importer.getByRole("alert")).toHaveText(
      "This run is already in your log: the easy session on Tue 10 Nov 2026 at 07:00, 5.00 km. Nothing was imported.",
    );
    await expect(importer.getByText(/^Imported /)).toHaveCount(0);
  }

  await page.goto("/training");
  await expect(sessions).toHaveCount(1);
  await expect(sessions.first()).toContainText("GPX import");
  await expect(sessions.first()).toContainText("5.00 km");
});
