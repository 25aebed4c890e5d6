// JavaScript budget: the compressed JS each page transfers on its first load, in a cold browser, signed in as the
// demo runner or coach on a fresh embedded database. Not a test: prints a table, exits 1 if a page is over budget.
//   npx tsx scripts/bench/web.ts            (BENCH_WEB_PORT, NEXT_DIST_DIR=.next-bench-web by default)
//   BENCH_WEB_DETAIL=1 also lists each over-budget page's scripts, largest first (which chunk to go after).
import type { Browser, Cookie } from "@playwright/test";
import { DEMO_COACH, DEMO_RUNNER, firstSessionPath, launchChromium, PAGES, selectedPages, signInCookies, startServer, type WebPage } from "./web-app";

const BUDGET_KB = 200;

type Measured = { page: WebPage; firstLoadKb: number; settledKb: number; scripts: number; firstLoadScripts: { url: string; kb: number }[] };

/**
 * "First load" is every script that finished by the load event: what the page needs to show and hydrate. "Settled"
 * adds what came after, within 2 s of quiet: lazy chunks such as a chart the page then draws.
 */
async function measure(browser: Browser, baseUrl: string, page: WebPage, cookies: Cookie[]): Promise<Measured> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await context.addCookies(cookies);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Network.enable");
  const scripts = new Map<string, string>();
  const bytes = new Map<string, number>();
  let loaded = false;
  let firstLoad = 0;
  const firstLoadScripts: { url: string; kb: number }[] = [];
  let settled = 0;
  cdp.on("Network.responseReceived", (e) => {
    if (e.type === "Script") scripts.set(e.requestId, e.response.url);
  });
  cdp.on("Network.loadingFinished", (e) => {
    if (!scripts.has(e.requestId)) return;
    bytes.set(e.requestId, e.encodedDataLength);
    settled += e.encodedDataLength;
    if (loaded) return;
    firstLoad += e.encodedDataLength;
    firstLoadScripts.push({ url: scripts.get(e.requestId) ?? "", kb: e.encodedDataLength / 1024 });
  });
  const response = await tab.goto(page.path, { waitUntil: "load" });
  loaded = true;
  if (!response?.ok()) throw new Error(`${page.path} answered ${response?.status()}`);
  if (new URL(tab.url()).pathname !== page.path) throw new Error(`${page.path} went to ${tab.url()} (signed out?)`);
  await tab.waitForLoadState("networkidle").catch(() => {});
  await tab.waitForTimeout(2000);
  await context.close();
  return { page, firstLoadKb: firstLoad / 1024, settledKb: settled / 1024, scripts: bytes.size, firstLoadScripts };
}

const port = Number(process.env.BENCH_WEB_PORT ?? 3295);
const server = await startServer(port);
const browser = await launchChromium();
let over = 0;
try {
  const runner = await signInCookies(browser, server.baseUrl, DEMO_RUNNER);
  const coach = await signInCookies(browser, server.baseUrl, DEMO_COACH);
  const session = await firstSessionPath(browser, server.baseUrl, runner);
  const pages = selectedPages(session ? [...PAGES, { name: "Session detail", path: session, who: "runner" as const }] : PAGES);
  const rows: Measured[] = [];
  for (const page of pages) {
    rows.push(await measure(browser, server.baseUrl, page, page.who === "coach" ? coach : page.who === "runner" ? runner : []));
  }
  console.log(`\nCompressed JavaScript per page, cold cache, 390x844 (budget ${BUDGET_KB} KB on first load)\n`);
  console.log(`${"page".padEnd(18)} ${"path".padEnd(34)} ${"first load".padStart(11)} ${"settled".padStart(9)} scripts`);
  for (const r of rows) {
    const flag = r.firstLoadKb > BUDGET_KB ? "  OVER" : "";
    if (flag) over++;
    const path = r.page.path.replace(/[0-9a-f-]{36}/, ":id");
    console.log(`${r.page.name.padEnd(18)} ${path.padEnd(34)} ${`${r.firstLoadKb.toFixed(1)} KB`.padStart(11)} ${`${r.settledKb.toFixed(1)} KB`.padStart(9)} ${String(r.scripts).padStart(7)}${flag}`);
  }
  if (!session) console.log("(no session of the demo runner's found: the session detail page was not measured)");
  if (process.env.BENCH_WEB_DETAIL) {
    for (const r of rows.filter((row) => row.firstLoadKb > BUDGET_KB)) {
      console.log(`\n${r.page.name} (${r.page.path}), first-load scripts:`);
      for (const s of [...r.firstLoadScripts].sort((a, b) => b.kb - a.kb)) console.log(`  ${s.kb.toFixed(1).padStart(6)} KB  ${new URL(s.url).pathname}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
if (over) {
  console.error(`\n${over} page(s) over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
