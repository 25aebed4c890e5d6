// Renders the app icon (app/icon.svg) to the PNGs a manifest and iOS ask for, with the Chromium the e2e tests use.
// Run after changing the SVG: `npx tsx scripts/make-icons.ts`. The PNGs are committed; the build never runs this.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"), "utf8");
// A maskable icon keeps its picture inside the middle 80% (the "safe zone"); the rest is plain background.
const targets = [
  { file: "public/icons/icon-192.png", size: 192, inset: 0, rounded: true },
  { file: "public/icons/icon-512.png", size: 512, inset: 0, rounded: true },
  { file: "public/icons/maskable-512.png", size: 512, inset: 0.2, rounded: false },
  { file: "app/apple-icon.png", size: 180, inset: 0.08, rounded: false },
];

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
try {
  for (const t of targets) {
    const page = await browser.newPage({ viewport: { width: t.size, height: t.size } });
    const pad = Math.round(t.size * t.inset) / 2;
    // Full-bleed targets get the brand colour behind a square-cornered copy of the picture.
    const picture = t.rounded ? svg : svg.replace(/rx="\d+"/, 'rx="0"');
    await page.setContent(
      `<html><body style="margin:0;background:${t.rounded ? "transparent" : "#047857"}">` +
        `<div style="width:${t.size}px;height:${t.size}px;box-sizing:border-box;padding:${pad}px">` +
        picture.replace("<svg ", '<svg width="100%" height="100%" ') +
        "</div></body></html>",
    );
    await page.screenshot({ path: path.join(root, t.file), omitBackground: t.rounded });
    await page.close();
    console.log(`wrote ${t.file}`);
  }
} finally {
  await browser.close();
}
