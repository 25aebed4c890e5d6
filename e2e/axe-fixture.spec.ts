import { expect, test } from "./test";
import { analysePage, urlPattern } from "./axe-check";

// The accessibility fixture's own checks: a known violation must be reported, or every green run would mean nothing.

test("analysePage reports an unnamed button and an image without alt text, and nothing on a clean page", async ({ page }) => {
  await page.setContent(`<!doctype html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"><button></button></main></body></html>`);
  const rules = (await analysePage(page)).map((f) => f.rule);
  expect(rules).toEqual(expect.arrayContaining(["image-alt", "button-name"]));

  await page.setContent(`<!doctype html><html lang="en"><head><title>Fine</title></head><body><main><h1>Fine</h1>
    <button>Save</button></main></body></html>`);
  expect(await analysePage(page)).toEqual([]);
});

test("urlPattern treats different ids and generated slugs as one page, and keeps real words", () => {
  expect(urlPattern("http://x/clubs/club-1733051234567/feed")).toBe("/clubs/:id/feed");
  expect(urlPattern("http://x/training/3f2b1c9e-1111-4222-8333-444455556666")).toBe("/training/:id");
  expect(urlPattern("http://x/history?cursor=abc&from=2026-01-01")).toBe("/history?cursor=:v&from=:v");
  expect(urlPattern("http://x/clubs/riverside-runners/settings")).toBe("/clubs/riverside-runners/settings");
});

test.describe("the fixture on app pages", () => {
  test.use({ axeMode: "collect", viewport: { width: 1280, height: 800 } });

  test("checks full loads and client-side navigations at both widths, and a repeated state only once", async ({ page, axe }) => {
    // A page on the app's origin, served by the test: an image without alt text, and a link that moves to a
    // second view through the history API whose low-contrast note shows only on a phone.
    await page.route("**/__axe-selftest/**", (route) => route.fulfill({ contentType: "text/html", body: `<!doctype html>
      <html lang="en"><head><title>Self-test</title><style>.phone-only{display:none}
      @media (max-width: 600px){.phone-only{display:block;color:#ccc;background:#fff}}</style></head>
      <body><main><h1>Self-test</h1><div id="view"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="9" height="9"></div>
      <a href="/__axe-selftest/two" id="next">Next</a></main>
      <script>document.getElementById("next").addEventListener("click", (e) => { e.preventDefault();
        history.pushState({}, "", "/__axe-selftest/two");
        document.getElementById("view").innerHTML = '<p class="phone-only">Faint phone note</p>'; });</script></body></html>` }));

    await page.goto("/__axe-selftest/one");
    await page.getByRole("link", { name: "Next" }).click();
    const first = axe.findings.filter((f) => f.url.endsWith("/one"));
    expect(first.filter((f) => f.rule === "image-alt").map((f) => f.width).sort()).toEqual([1280, 390]);
    // The test's own width is given back after the phone-width look.
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });

    await axe.flush();
    const second = axe.findings.filter((f) => f.url.endsWith("/two"));
    expect(second.map((f) => `${f.rule}@${f.width}`)).toEqual(["color-contrast@390"]);

    const analysed = axe.analysed;
    await page.goto("/__axe-selftest/one");
    await axe.flush();
    // Seen before at both widths: reported again, not analysed again.
    expect(axe.analysed).toBe(analysed);
    expect(axe.findings.filter((f) => f.rule === "image-alt")).toHaveLength(4);
  });
});
