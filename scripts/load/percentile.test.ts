import { describe, expect, it } from "vitest";
import { percentile } from "./http-client";
import { newStats, summarize, timed } from "./stats";

describe("percentiles (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("p50, p95 and p99 of 1..100 are 50, 95 and 99; p100 the maximum; p0 the minimum", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it("is always one of the samples, never an interpolation", () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20], 95)).toBe(20);
    expect(percentile([7], 99)).toBe(7);
  });

  it("gives 0 for no samples", () => {
    expect(percentile([], 95)).toBe(0);
  });
});

describe("request stats", () => {
  it("latency counts from the given start (the scheduled arrival), so queueing before the send is included", async () => {
    const stats = newStats();
    await timed(stats, "feed.list", async () => {}, performance.now() - 250);
    const [sample] = stats.latencies.get("feed.list")!;
    expect(sample!).toBeGreaterThanOrEqual(250);
  });

  it("a failure counts as an error, not a latency sample, and its message is kept", async () => {
    const stats = newStats();
    await timed(stats, "checkins.save", async () => {
      throw new Error("boom");
    });
    await timed(stats, "feed.list", async () => {});
    const s = summarize(stats);
    expect(s.ok).toBe(1);
    expect(s.errors).toBe(1);
    expect(stats.failureSamples).toEqual(["checkins.save: boom"]);
    expect(stats.latencies.has("checkins.save")).toBe(false);
  });
});
