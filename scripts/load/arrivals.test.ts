import { describe, expect, it } from "vitest";
import { arrivalOffsets, seededRandom } from "./arrivals";

describe("arrival schedule", () => {
  it("evenly spaced arrivals come every 1000/rate ms and stop before the end", () => {
    const offsets = arrivalOffsets(20, 3, "even");
    expect(offsets).toHaveLength(60);
    expect(offsets[0]).toBe(0);
    expect(offsets[1]).toBeCloseTo(50);
    expect(offsets.at(-1)!).toBeLessThan(3000);
  });

  it("Poisson arrivals average the offered rate, ascend, and stay inside the window", () => {
    const offsets = arrivalOffsets(100, 60, "poisson", 7);
    expect(offsets.length).toBeGreaterThan(5700); // 6000 expected; sd ≈ 77
    expect(offsets.length).toBeLessThan(6300);
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!);
    expect(offsets[0]!).toBeGreaterThanOrEqual(0);
    expect(offsets.at(-1)!).toBeLessThan(60_000);
  });

  it("Poisson gaps bunch: their spread matches an exponential (sd ≈ mean), unlike an even schedule", () => {
    const offsets = arrivalOffsets(50, 120, "poisson", 3);
    const gaps = offsets.slice(1).map((t, i) => t - offsets[i]!);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((a, b) => a + (b - mean) ** 2, 0) / gaps.length);
    expect(mean).toBeGreaterThan(18);
    expect(mean).toBeLessThan(22);
    expect(sd / mean).toBeGreaterThan(0.9);
    expect(sd / mean).toBeLessThan(1.1);
  });

  it("the same seed gives the same schedule on every run; another seed another one", () => {
    expect(arrivalOffsets(30, 5, "poisson", 42)).toEqual(arrivalOffsets(30, 5, "poisson", 42));
    expect(arrivalOffsets(30, 5, "poisson", 42)).not.toEqual(arrivalOffsets(30, 5, "poisson", 43));
    const random = seededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("refuses a rate or duration that is not positive", () => {
    expect(() => arrivalOffsets(0, 10)).toThrow(/positive/);
    expect(() => arrivalOffsets(10, -1)).toThrow(/positive/);
    expect(() => arrivalOffsets(Number.NaN, 10)).toThrow(/positive/);
  });
});
