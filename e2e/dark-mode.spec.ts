import type { Page } from "@playwright/test";
import { expect, test } from "./test";
import { DEMO, signIn } from "./helpers";

// Issue 14: dark mode follows the system setting on every page (globals.css turns the theme's colours around), and
// the focus ring cannot be taken for a selected state. axe-core (e2e/test.ts) checks each page visited, dark included.

/** WCAG relative luminance of a computed rgb()/rgba() colour. */
async function luminanceOf(page: Page, selector: string, property: "backgroundColor" | "color"): Promise<number> {
  return page.locator(selector).first().evaluate((el, prop) => {
    // The browser resolves any CSS colour (oklch too) to sRGB when it is painted on a 1x1 canvas.
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.fillStyle = getComputedStyle(el)[prop];
    ctx.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0] = [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }, property);
}

test("with the system set to dark, pages render dark with light text, and say so to the browser", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, DEMO.ria);
  for (const path of ["/today", "/training/trends", "/clubs"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await luminanceOf(page, "body", "backgroundColor")).toBeLessThan(0.05);
    expect(await luminanceOf(page, "body", "color")).toBeGreaterThan(0.7);
    // Cards are a raised dark surface, not white.
    expect(await luminanceOf(page, ".card", "backgroundColor")).toBeLessThan(0.05);
  }
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain("dark");
});

test("with the system set to light, pages stay light", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page, DEMO.ria);
  await page.goto("/today");
  expect(await luminanceOf(page, "body", "backgroundColor")).toBeGreaterThan(0.9);
  expect(await luminanceOf(page, "body", "color")).toBeLessThan(0.05);
});

test("the keyboard focus ring is blue and set off from the element, unlike the green of a selected section", async ({ page }) => {
  await signIn(page, DEMO.ria);
  await page.goto("/training");
  const sections = page.getByRole("navigation", { name: "Training sections" });
  const selected = sections.getByRole("link", { name: "Log" });
  await expect(selected).toHaveAttribute("aria-current", "page");
  // Tab from the selected section to the next one, as a keyboard user would.
  await selected.focus();
  await page.keyboard.press("Tab");
  const focused = sections.getByRole("link", { name: "Races" });
  await expect(focused).toBeFocused();
  const ring = await focused.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: s.outlineWidth, offset: s.outlineOffset, colour: s.outlineColor, gap: s.boxShadow };
  });
  expect(ring).toMatchObject({ style: "solid", width: "3px", offset: "2px", colour: "rgb(29, 78, 216)" });
  expect(ring.gap).toContain("0px 0px 0px 2px");
  // The selected section is marked by its fill and text, never by an outline.
  expect(await selected.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("none");
});
