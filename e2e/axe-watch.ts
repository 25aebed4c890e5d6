import type { Page } from "@playwright/test";
import { analysePage, type AxeFinding, domFingerprint, otherViewport, urlPattern } from "./axe-check";

/**
 * Watches every page a test drives and runs axe on each state it reaches, at the test's width and at the other
 * one. A page is analysed when it has settled, just before the test's next action on it (or at the test's end), so
 * the check sees what the runner would see and never races the test's own clicks.
 */

type PageWatch = { pending: boolean; busy: boolean };
type Run = { origin: string; findings: AxeFinding[]; analysed: number; pages: Map<Page, PageWatch>; spent: (ms: number) => void };

// One worker runs the whole suite, so a state seen by an earlier test is not analysed again (its findings are reused).
const seen = new Map<string, AxeFinding[]>();
let run: Run | null = null;

// Actions that can change what the page shows. Each first checks the state the test has been looking at.
const PAGE_ACTIONS = ["goto", "reload", "goBack", "goForward", "click", "dblclick", "fill", "press", "check", "uncheck",
  "selectOption", "tap", "type", "setInputFiles", "setViewportSize", "close"];
const LOCATOR_ACTIONS = ["click", "dblclick", "fill", "clear", "press", "pressSequentially", "type", "check", "uncheck",
  "setChecked", "selectOption", "tap", "setInputFiles", "dispatchEvent", "dragTo"];
const INPUT_ACTIONS = ["press", "type", "insertText", "down", "up", "click", "dblclick", "tap"];

type Owner = Page | { page(): Page } | { _page?: Page };
let hooked = false;

function ownerPage(self: Owner): Page | undefined {
  if ("goto" in self) return self as Page;
  if ("page" in self && typeof self.page === "function") return self.page();
  return (self as { _page?: Page })._page;
}

function wrap(proto: Record<string, unknown>, names: string[]) {
  for (const name of names) {
    const original = proto[name];
    if (typeof original !== "function") continue;
    proto[name] = async function (this: Owner, ...args: unknown[]) {
      const page = ownerPage(this);
      // Closing is the last chance to see the page's final state.
      if (page) await flushPage(page, name === "close");
      return original.apply(this, args);
    };
  }
}

/** Hooks Playwright's Page, Locator, Keyboard, Mouse and Touchscreen classes once, through a live page's objects. */
export function installHooks(page: Page) {
  if (hooked) return;
  hooked = true;
  wrap(Object.getPrototypeOf(page), PAGE_ACTIONS);
  wrap(Object.getPrototypeOf(page.locator("html")), LOCATOR_ACTIONS);
  for (const input of [page.keyboard, page.mouse, page.touchscreen]) wrap(Object.getPrototypeOf(input), INPUT_ACTIONS);
  const context = Object.getPrototypeOf(page.context()) as Record<string, unknown>;
  const close = context.close as (this: { pages(): Page[] }, ...a: unknown[]) => Promise<void>;
  // A second browser context a test opens (a coach beside a runner) is checked before it closes.
  context.close = async function (this: { pages(): Page[] }, ...args: unknown[]) {
    for (const p of this.pages()) await flushPage(p, true);
    return close.apply(this, args);
  };
}

function watch(page: Page): PageWatch | undefined {
  if (!run) return undefined;
  let w = run.pages.get(page);
  if (!w) {
    w = { pending: page.url().startsWith(run.origin), busy: false };
    run.pages.set(page, w);
    const state = w;
    page.on("framenavigated", (frame) => {
      // Full loads and client-side (history API) navigations alike.
      if (frame === page.mainFrame()) state.pending = true;
    });
  }
  return w;
}

/** `spent` hears how long each check took, so the test's own time limit can leave it out. */
export function beginRun(origin: string, page: Page, spent: (ms: number) => void): Run {
  run = { origin, findings: [], analysed: 0, pages: new Map(), spent };
  watch(page);
  return run;
}

/** Checks every watched page whose state the test has not let us check yet; `force` checks the current state too. */
export async function flushAll(force = false) {
  if (!run) return;
  for (const page of [...run.pages.keys()]) await flushPage(page, force);
}

export function endRun() {
  run = null;
}

async function flushPage(page: Page, force = false) {
  const w = watch(page);
  if (!w || w.busy || (!w.pending && !force) || page.isClosed()) return;
  w.busy = true;
  w.pending = false;
  const started = Date.now();
  try {
    await checkAtBothWidths(page, w);
  } finally {
    w.busy = false;
    run?.spent(Date.now() - started);
  }
}

/**
 * The page a runner reads, not the instant before it: Next streams a loading skeleton first and the title with the
 * page's metadata after it (after a client-side navigation the old title goes before the new one arrives), so wait
 * until the title is set and no skeleton is left, let the navigation's requests finish, and look once more.
 */
const ready = (page: Page) =>
  page
    .waitForFunction(() => document.title !== "" && !document.querySelector(".animate-pulse"), null, { timeout: 10_000 })
    .catch(() => {});

async function settled(page: Page) {
  await ready(page);
  await page.waitForLoadState("networkidle", { timeout: 2_000 }).catch(() => {});
  await ready(page);
}

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));

async function checkAtBothWidths(page: Page, w: PageWatch) {
  await page.waitForLoadState("load", { timeout: 10_000 }).catch(() => {});
  if (!run || !page.url().startsWith(run.origin)) return;
  await settled(page);
  const start = page.viewportSize();
  if (!start) return checkNow(page, w);
  await checkNow(page, w);
  const other = otherViewport(start);
  await page.setViewportSize(other);
  try {
    await nextFrames(page);
    await checkNow(page, w);
  } finally {
    await page.setViewportSize(start);
    await nextFrames(page).catch(() => {});
  }
}

async function checkNow(page: Page, w: PageWatch) {
  if (!run) return;
  const current = run;
  try {
    const key = `${urlPattern(page.url())}|${page.viewportSize()?.width}|${await domFingerprint(page)}`;
    let findings = seen.get(key);
    if (!findings) {
      findings = await analysePage(page);
      current.analysed++;
      seen.set(key, findings);
    }
    const url = page.url();
    current.findings.push(...findings.map((f) => ({ ...f, url })));
  } catch (error) {
    // The page moved on while being analysed (a redirect, a closing page): check it again at the next chance.
    if (page.isClosed() || !/context was destroyed|navigat|Target closed|has been closed/i.test(String(error))) throw error;
    w.pending = true;
  }
}
