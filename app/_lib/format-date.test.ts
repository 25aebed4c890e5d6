import { describe, expect, it } from "vitest";
import { formatDate, formatDateWithYear, formatDay, formatDayWithYear, formatRunTime, formatShortDay } from "./format";

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

describe("one set of words for days and times", () => {
  it("names September's days the same way whether they come as a calendar day or an instant", () => {
    expect(formatDay("2026-09-02")).toBe("Wed 2 Sep");
    expect(formatDate(new Date("2026-09-02T10:00:00Z"), "Europe/London")).toBe("Wed 2 Sep");
    expect(formatDayWithYear("2026-09-02")).toBe("Wed 2 Sep 2026");
    expect(formatShortDay("2026-09-02")).toBe("2 Sep");
  });

  it("gives a group run's wall-clock time in the club's zone, on the 24-hour clock from 00:00", () => {
    // 23:30 UTC on Friday is already 00:30 on Saturday in Paris (winter time).
    expect(formatRunTime(new Date("2026-03-06T23:30:00Z"), "Europe/Paris")).toBe("Sat 7 Mar 2026, 00:30");
    expect(formatRunTime(new Date("2026-03-07T08:30:00Z"), "Europe/London")).toBe("Sat 7 Mar 2026, 08:30");
  });
});
