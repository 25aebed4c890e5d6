import { describe, expect, it } from "vitest";
import { parseClubLocalTime } from "./run-time";

describe("parseClubLocalTime", () => {
  it("reads wall-clock time in the club's zone, across daylight saving", () => {
    expect(parseClubLocalTime("2030-01-15T08:00", "Europe/London")?.toISOString()).toBe("2030-01-15T08:00:00.000Z");
    expect(parseClubLocalTime("2030-07-15T08:00", "Europe/London")?.toISOString()).toBe("2030-07-15T07:00:00.000Z");
    expect(parseClubLocalTime("2030-07-15T08:00", "Australia/Sydney")?.toISOString()).toBe("2030-07-14T22:00:00.000Z");
    expect(parseClubLocalTime("2030-01-15T08:00", "UTC")?.toISOString()).toBe("2030-01-15T08:00:00.000Z");
  });

  it("refuses dates that don't exist and malformed text", () => {
    expect(parseClubLocalTime("2030-02-30T08:00", "UTC")).toBeNull();
    expect(parseClubLocalTime("2030-04-31T08:00", "UTC")).toBeNull();
    expect(parseClubLocalTime("2030-13-01T08:00", "UTC")).toBeNull();
    expect(parseClubLocalTime("2030-01-01T24:00", "UTC")).toBeNull();
    expect(parseClubLocalTime("tomorrow", "UTC")).toBeNull();
  });
});
