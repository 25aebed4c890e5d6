import { describe, expect, it } from "vitest";
import { todayInZone } from "./format";

describe("todayInZone", () => {
  it("is the day on the wall clock of the zone given, not the machine's", () => {
    const at = new Date("2026-12-01T23:30:00Z");
    expect(todayInZone("Europe/London", at)).toBe("2026-12-01");
    expect(todayInZone("Pacific/Auckland", at)).toBe("2026-12-02");
    expect(todayInZone("America/Los_Angeles", new Date("2026-12-02T07:59:00Z"))).toBe("2026-12-01");
    // Summer time: 23:30 UTC on 30 June is already 1 July in London.
    expect(todayInZone("Europe/London", new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });

  it("falls back to UTC for a zone it doesn't know", () => {
    expect(todayInZone("Not/AZone", new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-01");
  });
});
