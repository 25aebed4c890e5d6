import { describe, expect, it } from "vitest";
import { highestPassingRate, nextRate, passes, type SearchPlan, type StepOutcome } from "./rate-search";

const plan: SearchPlan = { start: 20, step: 10, max: 200, resolution: 5, targetP95Ms: 300 };

/** Runs the search against a server whose p95 crosses 300 ms at `limit` req/s. */
function search(limit: number, p = plan) {
  const history: StepOutcome[] = [];
  for (let rate = nextRate(history, p); rate !== null; rate = nextRate(history, p)) {
    expect(history.length).toBeLessThan(50);
    history.push({ rate, p95: rate <= limit ? 100 : 900, errors: 0 });
  }
  return { history, answer: highestPassingRate(history, p.targetP95Ms) };
}

describe("capacity search", () => {
  it("a step passes only with p95 at or under the target, no errors and no lost writes", () => {
    expect(passes({ rate: 10, p95: 300, errors: 0 }, 300)).toBe(true);
    expect(passes({ rate: 10, p95: 300.1, errors: 0 }, 300)).toBe(false);
    expect(passes({ rate: 10, p95: 50, errors: 1 }, 300)).toBe(false);
    expect(passes({ rate: 10, p95: 50, errors: 0, lostWrites: 1 }, 300)).toBe(false);
  });

  it("ramps by the step until a failure, then bisects to within the resolution below the true limit", () => {
    const { history, answer } = search(67);
    expect(history.slice(0, 7).map((o) => o.rate)).toEqual([20, 30, 40, 50, 60, 70, 65]);
    expect(answer).not.toBeNull();
    expect(answer!).toBeLessThanOrEqual(67);
    expect(67 - answer!).toBeLessThanOrEqual(plan.resolution);
  });

  it("finds limits anywhere in range", () => {
    for (const limit of [23, 41, 99, 150, 187]) {
      const { answer } = search(limit);
      expect(answer!).toBeLessThanOrEqual(limit);
      expect(limit - answer!).toBeLessThanOrEqual(plan.resolution);
    }
  });

  it("stops at the maximum when every step passes, and says so with the maximum", () => {
    const { history, answer } = search(10_000);
    expect(Math.max(...history.map((o) => o.rate))).toBe(200);
    expect(answer).toBe(200);
  });

  it("bisects down from the first step when even that fails, and reports no rate if none passes", () => {
    const { history, answer } = search(12);
    expect(history[1]!.rate).toBe(10);
    expect(answer).toBe(10);
    expect(search(0).answer).toBeNull();
  });

  it("ignores a lucky pass above a failure (noise on a shared machine)", () => {
    const history: StepOutcome[] = [
      { rate: 40, p95: 100, errors: 0 },
      { rate: 50, p95: 400, errors: 0 },
      { rate: 60, p95: 200, errors: 0 },
    ];
    expect(highestPassingRate(history, 300)).toBe(40);
    expect(nextRate(history, plan)).toBe(45);
  });

  it("treats errors as a failure even when latency is fine", () => {
    const history: StepOutcome[] = [
      { rate: 20, p95: 50, errors: 0 },
      { rate: 30, p95: 60, errors: 2 },
    ];
    expect(nextRate(history, plan)).toBe(25);
    expect(highestPassingRate(history, 300)).toBe(20);
  });
});
