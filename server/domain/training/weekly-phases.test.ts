import { describe, expect, it } from "vitest";
import { addDays, weekStart, todayIn } from "@/server/domain/days";
import { NO_TRAINING, summariseWeeks } from "./weekly-phases";

// A Wednesday.
const TODAY = "2026-11-18";
const km = (n: number) => n * 1000;

describe("dates", () => {
  it.each([
    ["2026-11-16", "2026-11-16"], // Monday
    ["2026-11-18", "2026-11-16"],
    ["2026-11-22", "2026-11-16"], // Sunday belongs to the week before
    ["2026-11-23", "2026-11-23"],
    ["2027-01-01", "2026-12-28"], // across a year end
  ])("weekStart(%s) = %s", (day, monday) => expect(weekStart(day)).toBe(monday));

  it("reads today in the runner's time zone", () => {
    const instant = new Date("2026-11-18T23:30:00Z");
    expect(todayIn("UTC", instant)).toBe("2026-11-18");
    expect(todayIn("Asia/Tokyo", instant)).toBe("2026-11-19");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-11-18");
  });
});

describe("summariseWeeks", () => {
  const monday = weekStart(TODAY);
  const weekAgo = (n: number, day = 1) => addDays(monday, -7 * n + day);

  it("names build, maintain and reset, and marks a drop of 20% or more as a down week", () => {
    const sessions = [
      { date: weekAgo(5), distanceM: km(10), load: 100 },
      { date: weekAgo(4), distanceM: km(15), load: 150 },
      { date: weekAgo(3), distanceM: km(15), load: 150 },
      { date: weekAgo(2), distanceM: km(12), load: 120 }, // exactly 20% down: a down week (boundary)
      { date: weekAgo(1), distanceM: km(9.7), load: 90 }, // 19.2% down: not a down week
      { date: weekAgo(1, 3), distanceM: null, load: 30 }, // strength: load but no distance
    ];
    const weeks = summariseWeeks(sessions, TODAY, 5, new Set([weekAgo(1, 0)]));
    expect(weeks.map((w) => w.weekStart)).toEqual([weekAgo(4, 0), weekAgo(3, 0), weekAgo(2, 0), weekAgo(1, 0), monday]);
    expect(weeks.map((w) => w.phase)).toEqual(["build", "maintain", "maintain", "reset", NO_TRAINING]);
    expect(weeks.map((w) => w.downWeek)).toEqual([false, false, true, false, false]);
    expect(weeks[3]).toMatchObject({ distanceM: km(9.7), load: 120, sessions: 2 });
    expect(weeks[4]).toMatchObject({ current: true, distanceM: 0 });
  });

  it("never marks the week in progress as a down week", () => {
    const weeks = summariseWeeks([{ date: weekAgo(1), distanceM: km(20), load: 200 }], TODAY, 2);
    expect(weeks.at(-1)).toMatchObject({ current: true, downWeek: false, phase: NO_TRAINING });
  });

  it("a runner with no training has no phase in any week, not a year of build", () => {
    const weeks = summariseWeeks([], TODAY, 52);
    expect(weeks).toHaveLength(52);
    expect(weeks.every((w) => w.phase === NO_TRAINING && !w.downWeek)).toBe(true);
  });

  it("a week off between training weeks is no training, not maintain or a down week; a reset block's week stays reset", () => {
    const sessions = [
      { date: weekAgo(4), distanceM: km(20), load: 200 },
      // weekAgo(3): nothing
      { date: weekAgo(2), distanceM: km(10), load: 100 },
      // weekAgo(1): nothing, but a reset block covered it
      { date: monday, distanceM: km(5), load: 50 },
    ];
    const weeks = summariseWeeks(sessions, TODAY, 4, new Set([weekAgo(1, 0)]));
    expect(weeks.map((w) => [w.phase, w.downWeek])).toEqual([
      [NO_TRAINING, false],
      ["build", false],
      ["reset", false],
      ["build", false],
    ]);
  });

  it("a strength-only week (load, no distance) is training, not no training", () => {
    const weeks = summariseWeeks([{ date: weekAgo(1, 2), distanceM: null, load: 60 }], TODAY, 2);
    expect(weeks[0]).toMatchObject({ phase: "maintain", sessions: 1 });
  });

  it("ignores sessions outside the window", () => {
    const weeks = summariseWeeks([{ date: weekAgo(30), distanceM: km(20), load: 1 }], TODAY, 3);
    expect(weeks.every((w) => w.distanceM === 0)).toBe(true);
  });
});
