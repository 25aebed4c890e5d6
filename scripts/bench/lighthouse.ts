// Lighthouse 12.2.3 on the pages a runner and a coach use most, on a phone profile (Lighthouse's default mobile form
// factor and simulated throttling), signed in, in Debian's Chromium. Not a test: prints the scores and exits 1 if any
// of performance, accessibility or best practices is under 95.
//   npx tsx scripts/bench/lighthouse.ts     (BENCH_WEB_PORT, NEXT_DIST_DIR=.next-bench-web by default)
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Cookie } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS, DEMO_COACH, DEMO_RUNNER, launchChromium, PAGES, selectedPages, signInCookies, startServer } from "./web-app";

const MIN_SCORE = 95;
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const AUDITED = ["Today", "Check in", "Feed", "Dashboard", "Training log"];

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];
type Row = Record<string, unknown>;

/** BENCH_LH_DETAIL=1: where the main thread went (by kind and by script) and the longest tasks, to find what blocks. */
function mainThreadDetail(lhr: Lhr): string[] {
  const items = (id: string) => ((lhr.audits[id]?.details as { items?: Row[] } | undefined)?.items ?? []);
  const ms = (v: unknown) => `${Math.round(Number(v ?? 0))} ms`.padStart(8);
  const short = (u: unknown) => String(u).replace(/^https?:\/\/[^/]+/, "");
  return [
    ...items("mainthread-work-breakdown").slice(0, 6).map((i) => `      work ${ms(i.duration)}  ${String(i.groupLabel ?? i.group)}`),
    ...items("bootup-time").slice(0, 8).map((i) => `      script ${ms(i.total)} (eval ${ms(i.scripting)})  ${short(i.url)}`),
    ...items("long-tasks").slice(0, 8).map((i) => `      long task ${ms(i.duration)} at ${ms(i.startTime)}  ${short(i.url)}`),
  ];
}

const cookieHeader = (cookies: Cookie[]) => cookies.map((c) => `${c.name}=${c.value}`).join("; ");

const port = Number(process.env.BENCH_WEB_PORT ?? 3296);
const server = await startServer(port);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS.map((a) => (a === "--headless" ? "--headless=new" : a)) });
let failing = 0;
try {
  const browser = await launchChromium();
  const runner = await signInCookies(browser, server.baseUrl, DEMO_RUNNER);
  const coach = await signInCookies(browser, server.baseUrl, DEMO_COACH);
  await browser.close();
  const rows: string[] = [];
  for (const page of selectedPages(PAGES.filter((p) => AUDITED.includes(p.name)))) {
    const url = `${server.baseUrl}${page.path}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      extraHeaders: { Cookie: cookieHeader(page.who === "coach" ? coach : runner) },
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) throw new Error(`${page.path} ended on ${lhr.finalDisplayedUrl} (signed out?)`);
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    const low = scores.some((s) => s < MIN_SCORE);
    if (low) failing++;
    rows.push(`${page.name.padEnd(14)} ${page.path.padEnd(34)} ${scores.map((s) => String(s).padStart(13)).join(" ")}${low ? "  UNDER" : ""}`);
    // A run that broke (a metric Lighthouse couldn't compute) scores 0: say why rather than print a bare 0.
    if (lhr.runtimeError) rows.push(`    runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit?.scoreDisplayMode === "error") rows.push(`    ${c}: ${ref.id} failed: ${audit.errorMessage ?? "no message"}`);
      }
    }
    // The host's speed: simulated throttling slows the observed CPU work 4x, so a slower host scores lower.
    rows.push(`    benchmarkIndex ${Math.round(lhr.environment.benchmarkIndex)}`);
    if (process.env.BENCH_LH_DETAIL) rows.push(...mainThreadDetail(lhr));
    // What pulled a score down, so it can be fixed.
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
          rows.push(`    ${c}: ${audit.id} (${Math.round(audit.score * 100)})${audit.displayValue ? ` ${audit.displayValue}` : ""}`);
        }
      }
    }
  }
  console.log(`\nLighthouse ${MIN_SCORE}+ on a phone profile (mobile form factor, simulated throttling), signed in\n`);
  console.log(`${"page".padEnd(14)} ${"path".padEnd(34)} ${CATEGORIES.map((c) => c.padStart(13)).join(" ")}`);
  for (const row of rows) console.log(row);
} finally {
  chrome.kill();
  await server.stop();
}
if (failing) {
  console.error(`\n${failing} page(s) score under ${MIN_SCORE}`);
  process.exit(1);
}
