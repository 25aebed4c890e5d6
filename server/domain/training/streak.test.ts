import { describe, expect, it } from "vitest";
import { computeStreak } from "./streak";

const TODAY = "2026-11-18";

describe("computeStreak", () => {
  it.each([
    { days: [], expected: 0, movedToday: false },
    { days: ["2026-11-18"], expected: 1, movedToday: true },
    { days: ["2026-11-16", "2026-11-17", "2026-11-18"], expected: 3, movedToday: true },
    // Today is still open: yesterday's streak stands.
    { days: ["2026-11-16", "2026-11-17"], expected: 2, movedToday: false },
    // A gap before yesterday ends the streak, quietly.
    { days: ["2026-11-15", "2026-11-17", "2026-11-18"], expected: 2, movedToday: true },
    { days: ["2026-11-15", "2026-11-16"], expected: 0, movedToday: false },
    // Across a month end.
    { days: ["2026-10-31", "2026-11-01"], today: "2026-11-01", expected: 2, movedToday: true },
  ])("$days -> $expected", ({ days, expected, movedToday, today }) => {
    const streak = computeStreak(new Set(days), today ?? TODAY);
    expect(streak.days).toBe(expected);
    expect(streak.movedToday).toBe(movedToday);
  });

  it("gives the last 14 days, oldest first", () => {
    const streak = computeStreak(new Set(["2026-11-05", "2026-11-18"]), TODAY);
    expect(streak.recent).toHaveLength(14);
    expect(streak.recent[0]).toEqual({ date: "2026-11-05", moved: true });
    expect(streak.recent[13]).toEqual({ date: "2026-11-18", moved: true });
    expect(streak.recent.filter((d) => d.moved)).toHaveLength(2);
  });
});
