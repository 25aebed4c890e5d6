import { describe, expect, it } from "vitest";
import { formatDay, formatRecentDay } from "./format";

describe("formatRecentDay", () => {
  it("says Today and Yesterday for the last two days, and the usual day otherwise", () => {
    expect(formatRecentDay("2026-12-01", "2026-12-01")).toBe("Today");
    expect(formatRecentDay("2026-11-30", "2026-12-01")).toBe("Yesterday");
    expect(formatRecentDay("2026-11-29", "2026-12-01")).toBe(formatDay("2026-11-29"));
    // Across a year and a month end, and not fooled by a day in the future.
    expect(formatRecentDay("2025-12-31", "2026-01-01")).toBe("Yesterday");
    expect(formatRecentDay("2026-03-01", "2026-02-28")).toBe("Sun 1 Mar");
  });
});
