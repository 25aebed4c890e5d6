// Every spec imports `test` and `expect` from here, so checks that run on every page (accessibility) live in one place.
import { test as base } from "@playwright/test";
import { type AxeFinding, formatFindings } from "./axe-check";
import { beginRun, endRun, flushAll, installHooks } from "./axe-watch";

export { expect } from "@playwright/test";

export type AxeRun = { readonly findings: AxeFinding[]; readonly analysed: number; flush(force?: boolean): Promise<void> };

export const test = base.extend<{ axeMode: "fail" | "collect" | "off"; axe: AxeRun }>({
  // "collect" is only for the fixture's own test, which needs to see violations without going red. E2E_AXE=off is
  // for timing the suite without the checks, and for telling a check's failure from the journey's own.
  axeMode: [process.env.E2E_AXE === "off" ? "off" : "fail", { option: true }],
  // Runs axe-core on every state of every app page the test visits, at both widths (e2e/axe-watch.ts);
  // any violation, at any impact, fails the test with a list of what and where.
  axe: [
    async ({ page, axeMode, baseURL }, provide, testInfo) => {
      if (axeMode === "off") return provide({ findings: [], analysed: 0, flush: async () => {} });
      installHooks(page);
      // Time spent checking is added to the test's limit: the journey keeps its own budget.
      const run = beginRun(new URL(baseURL ?? "http://localhost").origin, page, (ms) => testInfo.setTimeout(testInfo.timeout + ms));
      try {
        await provide({ get findings() { return run.findings; }, get analysed() { return run.analysed; }, flush: flushAll });
        // A test that already failed has said what is wrong; its half-finished page is not worth judging.
        if (testInfo.status === testInfo.expectedStatus) await flushAll(true);
      } finally {
        endRun();
      }
      if (run.findings.length === 0 || axeMode === "collect") return;
      const unique = [...new Map(run.findings.map((f) => [`${f.rule}|${f.width}|${f.url}`, f])).values()];
      await testInfo.attach("axe violations", { body: JSON.stringify(unique, null, 2), contentType: "application/json" });
      throw new Error(`axe-core found ${unique.length} accessibility violation(s):\n${formatFindings(unique)}`);
    },
    { auto: true },
  ],
});
