import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/app/_components/safe-redirect";

// The callback after sign-in (app/_components/safe-redirect.ts): whatever the browser's URL parser makes of a value,
// the result is a path on this app, or the fallback.
const FALLBACK = "/today";

describe("safeCallbackUrl", () => {
  it.each([
    ["/clubs/x?y=1#z", "/clubs/x?y=1#z"],
    ["/goals", "/goals"],
    ["/", "/"],
    ["/account?tab=data", "/account?tab=data"],
    // Encoded slashes stay inside the path: they are a path segment, not a host.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/%09/evil.example", "/%09/evil.example"],
    // An absolute URL on the app's own origin is kept, as its path.
    ["https://app.invalid/clubs/x?y=1", "/clubs/x?y=1"],
  ])("keeps %j as %j", (value, expected) => {
    expect(safeCallbackUrl(value, FALLBACK)).toBe(expected);
  });

  it.each([
    ["a tab between slashes", "/\t/evil.example/"],
    ["the attack as sent, decoded once", decodeURIComponent("%2F%09%2Fevil.example%2F")],
    ["a newline between slashes", "/\n/evil.example"],
    ["a carriage return between slashes", "/\r/evil.example"],
    ["a leading tab", "\t//evil.example"],
    ["a protocol-relative URL", "//evil.example"],
    ["a protocol-relative URL with a path", "//evil.example/today"],
    ["slash backslash", "/\\evil.example"],
    ["backslash backslash", "\\\\evil.example"],
    ["backslash slash", "\\/evil.example"],
    ["three slashes", "///evil.example"],
    ["a dot segment that normalises to //", "/.//evil.example"],
    ["a dot-dot segment that normalises to //", "/x/..//evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["JavaScript: with a tab", "java\tscript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["an absolute URL to another host", "https://evil.example/"],
    ["http to another host", "http://evil.example/today"],
    ["another host with our host as user info", "https://app.invalid@evil.example/"],
    ["the app's host on another scheme", "http://app.invalid/today"],
    ["a leading space before //", " //evil.example"],
  ])("refuses %s", (_label, value) => {
    expect(safeCallbackUrl(value, FALLBACK)).toBe(FALLBACK);
  });

  it.each([[undefined], [null], [42], [""], ["   "], [{ toString: () => "/goals" }]])("falls back for %j", (value) => {
    expect(safeCallbackUrl(value, FALLBACK)).toBe(FALLBACK);
  });

  it("checks against the origin it is given", () => {
    expect(safeCallbackUrl("http://localhost:3000/goals", FALLBACK, "http://localhost:3000")).toBe("/goals");
    expect(safeCallbackUrl("http://localhost:3001/goals", FALLBACK, "http://localhost:3000")).toBe(FALLBACK);
    expect(safeCallbackUrl("/\t/evil.example/", FALLBACK, "http://localhost:3000")).toBe(FALLBACK);
  });
});
