// For the web budget scripts (web.ts, lighthouse.ts): a production server on a fresh embedded database with the demo
// data (the e2e server script, which builds first if the sources changed), demo sign-ins, and the pages to measure.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Cookie } from "@playwright/test";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const DEMO_PASSWORD = "runforward-demo";
export const DEMO_RUNNER = "ria@demo.runforward.app";
export const DEMO_COACH = "coach@demo.runforward.app";
const CLUB = "/clubs/riverside-runners";

export type Who = "anyone" | "runner" | "coach";
export type WebPage = { name: string; path: string; who: Who };

/** Every page a runner or coach lands on; the session detail's id is found at run time. */
export const PAGES: WebPage[] = [
  { name: "Landing", path: "/", who: "anyone" },
  { name: "Sign in", path: "/signin", who: "anyone" },
  { name: "Today", path: "/today", who: "runner" },
  { name: "Check in", path: "/checkin", who: "runner" },
  { name: "Clubs", path: "/clubs", who: "runner" },
  { name: "Club overview", path: CLUB, who: "runner" },
  { name: "Feed", path: `${CLUB}/feed`, who: "runner" },
  { name: "Dashboard", path: `${CLUB}/dashboard`, who: "coach" },
  { name: "Templates", path: `${CLUB}/templates`, who: "coach" },
  { name: "Club settings", path: `${CLUB}/settings`, who: "coach" },
  { name: "Training log", path: "/training", who: "runner" },
  { name: "Training import", path: "/training/import", who: "runner" },
  { name: "Training races", path: "/training/races", who: "runner" },
  { name: "Training trends", path: "/training/trends", who: "runner" },
  { name: "History", path: "/history", who: "runner" },
  { name: "Goals", path: "/goals", who: "runner" },
  { name: "Notifications", path: "/notifications", who: "runner" },
  { name: "Profile", path: "/profile", who: "runner" },
  { name: "Account", path: "/account", who: "runner" },
];

/** BENCH_PAGES="Check in,Feed" measures only those pages (by name), to check one change quickly. */
export function selectedPages<T extends { name: string }>(pages: T[]): T[] {
  const wanted = process.env.BENCH_PAGES?.split(",").map((n) => n.trim().toLowerCase()).filter(Boolean);
  return wanted?.length ? pages.filter((p) => wanted.includes(p.name.toLowerCase())) : pages;
}

export async function startServer(port: number): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench-web";
  const child = spawn(process.execPath, [path.join("scripts", "e2e-server.mjs")], {
    env: { ...process.env, E2E_PORT: String(port), NEXT_DIST_DIR: distDir, TEST_DATABASE_URL: "", DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const baseUrl = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  };
  // A build on a busy 2-core machine can take several minutes.
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the server did not answer within 20 minutes");
    }
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { baseUrl, stop };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Signs a demo account in through the real form and returns its cookies. */
export async function signInCookies(browser: Browser, baseUrl: string, email: string): Promise<Cookie[]> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

/** The first of the runner's own sessions, so its detail page (splits chart) is measured too. */
export async function firstSessionPath(browser: Browser, baseUrl: string, cookies: Cookie[]): Promise<string | null> {
  const context = await browser.newContext({ baseURL: baseUrl });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto("/training");
  await page.waitForLoadState("networkidle");
  const hrefs = await page.locator('a[href^="/training/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  await context.close();
  return hrefs.find((h) => /^\/training\/[0-9a-f-]{36}$/.test(h)) ?? null;
}
