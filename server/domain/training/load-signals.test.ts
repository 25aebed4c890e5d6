import { describe, expect, it } from "vitest";
import { addDays } from "./dates";
import { computeLoadSignals } from "./load-signals";

const TODAY = "2026-11-18";
const day = (n: number) => addDays(TODAY, -n);

describe("computeLoadSignals", () => {
  it("is unknown with no recent sessions", () => {
    expect(computeLoadSignals([], TODAY)).toEqual({ acuteLoad: 0, chronicLoad: 0, loadRatio: null, consistency: "unknown" });
  });

  it("gives a ratio of 1 for four even weeks, and calls them stable", () => {
    const sessions = [0, 3, 7, 10, 14, 17, 21, 24].map((n) => ({ date: day(n), load: 200 }));
    const s = computeLoadSignals(sessions, TODAY);
    expect(s.acuteLoad).toBe(400);
    expect(s.chronicLoad).toBe(1600);
    expect(s.loadRatio).toBe(1);
    expect(s.consistency).toBe("stable");
  });

  it("flags a spike above the chronic average and calls it inconsistent", () => {
    const sessions = [
      ...[0, 1, 2, 3].map((n) => ({ date: day(n), load: 400 })),
      ...[10, 17, 24].map((n) => ({ date: day(n), load: 100 })),
    ];
    const s = computeLoadSignals(sessions, TODAY);
    expect(s.loadRatio).toBeGreaterThan(1.5);
    expect(s.consistency).toBe("inconsistent");
  });

  it("waits for about four weeks of history before giving a ratio", () => {
    const s = computeLoadSignals([0, 3, 7, 10].map((n) => ({ date: day(n), load: 100 })), TODAY);
    expect(s.loadRatio).toBeNull();
  });
});
