import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. No rule is switched off. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

/** The two widths every page is checked at: a phone and a laptop. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export type Viewport = { width: number; height: number };

export type AxeFinding = { rule: string; impact: string; help: string; targets: string[]; url: string; width: number };

/** The width a page is also checked at: a laptop for a phone-sized test, a phone for a wider one. */
export function otherViewport(current: Viewport): Viewport {
  return current.width < 768 ? DESKTOP : PHONE;
}

const ID_SEGMENT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+|(?=.*\d)[\w-]{12,})$/i;

/**
 * The page's URL with ids, numbers and generated slugs replaced by ":id" and query values by ":v", so that one
 * club's overview and another's count as the same page for deduplication.
 */
export function urlPattern(href: string): string {
  const url = new URL(href);
  const path = url.pathname
    .split("/")
    .map((segment) => (ID_SEGMENT.test(segment) || /-\d{4,}/.test(segment) ? ":id" : segment))
    .join("/");
  const query = [...url.searchParams.keys()].sort().map((key) => `${key}=:v`).join("&");
  return query ? `${path}?${query}` : path;
}

/**
 * A fingerprint of the kinds of element on the page, not their number, order, words or ids: the set of each
 * element's tag, role, classes, ARIA attribute names and whether it holds text. A list of 3 cards and one of 20
 * give one fingerprint; a new dialog, error or chip gives a new one. A state whose fingerprint was seen before (at
 * the same URL pattern and width) is not analysed again.
 */
export function domFingerprint(page: Page): Promise<string> {
  return page.evaluate(() => {
    const kinds = new Set<string>();
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const aria = el.getAttributeNames().filter((n) => n.startsWith("aria-") || n === "role" || n === "alt" || n === "tabindex" || n === "type").sort();
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      kinds.add(`${el.tagName}|${el.getAttribute("class") ?? ""}|${el.getAttribute("role") ?? ""}|${el.getAttribute("type") ?? ""}|${aria.join(",")}|${ownText ? "T" : ""}`);
    }
    let hash = 2166136261;
    for (const kind of [...kinds].sort()) for (let i = 0; i < kind.length; i++) hash = Math.imul(hash ^ kind.charCodeAt(i), 16777619) >>> 0;
    return `${hash.toString(16)}:${kinds.size}:${document.title ? "t" : "-"}:${document.documentElement.lang}`;
  });
}

/** Runs axe on the page as it is now and returns its violations, one finding per rule. */
export async function analysePage(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const width = page.viewportSize()?.width ?? 0;
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    url: page.url(),
    width,
  }));
}

/** One line per finding, for a test failure message a person can act on. */
export function formatFindings(findings: AxeFinding[]): string {
  return findings
    .map((f) => `- [${f.impact}] ${f.rule}: ${f.help}\n    at ${f.width}px on ${f.url}\n    ${f.targets.join("\n    ")}`)
    .join("\n");
}
