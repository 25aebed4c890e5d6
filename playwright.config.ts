import { existsSync, readdirSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3100);
// Debian's Chromium here; Playwright's own browser where that is installed instead.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const desktop = { ...devices["Desktop Chrome"] };
// The second instance the live specs watch (scripts/e2e-server.mjs starts it on the next port on PostgreSQL); the
// embedded database takes one process, so there both are this one.
process.env.E2E_SECOND_URL = `http://localhost:${process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? port + 1 : port}`;
// Playwright runs spec files in name order whatever the command line says. E2E_ORDER=reverse runs them last to first
// (one project per file), to show that no spec depends on one that usually runs before it.
const reversed = process.env.E2E_ORDER === "reverse"
  ? readdirSync("e2e").filter((f) => f.endsWith(".spec.ts")).sort().reverse()
  : null;

export default defineConfig({
  testDir: "./e2e",
  // A folder per port, so runs side by side (E2E_PORT) don't clear each other's traces and screenshots.
  outputDir: process.env.E2E_PORT ? `test-results/port-${port}` : "test-results/default",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: reversed ? reversed.map((file) => ({ name: file, testMatch: file, use: desktop })) : [{ name: "desktop", use: desktop }],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // Lets the server script drop its database or data folder on the way out.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
