import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossSiteRequest } from "./security-headers";

describe("cross-site request check", () => {
  const url = "http://localhost:3000/api/trpc/x";
  it.each([
    ["same-origin fetch", { "sec-fetch-site": "same-origin", origin: "http://localhost:3000", host: "localhost:3000" }, false],
    ["a script on another site", { "sec-fetch-site": "cross-site", origin: "https://evil.example", host: "localhost:3000" }, true],
    ["a sibling subdomain", { "sec-fetch-site": "same-site", host: "localhost:3000" }, true],
    ["an old browser with a foreign Origin", { origin: "https://evil.example", host: "localhost:3000" }, true],
    ["a non-browser client with neither header", { host: "localhost:3000" }, false],
  ])("%s", (_label, headers, crossSite) => {
    expect(isCrossSiteRequest(new Headers(headers), url)).toBe(crossSite);
  });
});

describe("content security policy", () => {
  it("allows only nonce'd scripts and no framing", () => {
    const csp = contentSecurityPolicy("abc", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
