import { describe, expect, it } from "vitest";
import { formatDate, formatDateWithYear, formatDay } from "./format";

describe("formatDate", () => {
  it("shows an instant's day in the same words as a calendar day", () => {
    const expiry = new Date("2026-12-08T10:00:00Z");
    expect(formatDate(expiry, "Europe/London")).toBe("Tue 8 Dec");
    expect(formatDate(expiry, "Europe/London")).toBe(formatDay("2026-12-08"));
    expect(formatDateWithYear(expiry, "Europe/London")).toBe("Tue 8 Dec 2026");
  });

  it("takes the day in the zone given, so late evening in Auckland is already the next day", () => {
    const at = new Date("2026-12-08T12:30:00Z");
    expect(formatDate(at, "Pacific/Auckland")).toBe("Wed 9 Dec");
    expect(formatDate(at.toISOString(), "America/Los_Angeles")).toBe("Tue 8 Dec");
  });
});
