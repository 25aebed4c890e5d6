import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb } from "@/server/test/test-db";
import { installJobs } from "./boss";
import { enqueue } from "./enqueue";
import { secondInstance } from "./second-connection";
import { createRunsTable, recordingJob, runsOf } from "./test-jobs";
import { startWorker } from "./worker";

const t = setupTestDb();
let other: Awaited<ReturnType<typeof secondInstance>>;

beforeAll(async () => {
  await createRunsTable(t);
  other = await secondInstance(t);
});
afterAll(async () => {
  await other?.close();
});

describe("two workers on one database", () => {
  it("share the queue: each of 40 sent jobs runs exactly once", async () => {
    const onA = recordingJob("test.shared", { worker: "a" });
    const onB = recordingJob("test.shared", { worker: "b" });
    await installJobs(t.db, [onA]);
    for (let i = 0; i < 40; i++) await enqueue(t.db, onA, { key: `job-${i}` });

    const clock = () => new Date();
    const a = await startWorker({ db: t.db, jobs: [onA], now: clock });
    const b = await startWorker({ db: other.db, jobs: [onB], now: clock });
    await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    await Promise.all([a.stop(), b.stop()]);

    const runs = await runsOf(t, "test.shared");
    expect(runs).toHaveLength(40);
    expect(new Set(runs.map((r) => r.key)).size).toBe(40);
  });

  it("run a scheduled job once per tick, at the tick in the schedule's zone, across a summer-time change", async () => {
    // 07:00 in London: 07:00 UTC on Saturday 28 March 2026 (GMT), 06:00 UTC on Sunday 29 March (BST).
    let now = new Date("2026-03-28T06:59:30Z");
    const clock = () => now;
    const schedule = { cron: "0 7 * * *", tz: "Europe/London" };
    const onA = recordingJob("test.morning", { schedule, worker: "a" });
    const onB = recordingJob("test.morning", { schedule, worker: "b" });
    const a = await startWorker({ db: t.db, jobs: [onA], now: clock });
    const b = await startWorker({ db: other.db, jobs: [onB], now: clock });
    const drainBoth = () => Promise.all([a.drain(), b.drain()]);

    await drainBoth();
    expect(await runsOf(t, "test.morning")).toHaveLength(0);

    now = new Date("2026-03-28T07:00:10Z");
    await drainBoth();
    await drainBoth();
    now = new Date("2026-03-29T06:00:05Z");
    await drainBoth();
    now = new Date("2026-03-29T07:00:05Z");
    await drainBoth();
    await Promise.all([a.stop(), b.stop()]);

    const runs = await runsOf(t, "test.morning");
    expect(runs.map((r) => new Date(r.ran_at).toISOString())).toEqual(["2026-03-28T07:00:10.000Z", "2026-03-29T06:00:05.000Z"]);
  });

  it("with pg-boss's own timekeeper running on both, send a due schedule once", async () => {
    const tuning = { pollingIntervalSeconds: 0.5, cronMonitorIntervalSeconds: 30, cronWorkerIntervalSeconds: 1 };
    const schedule = { cron: "* * * * *" };
    const a = await startWorker({ db: t.db, jobs: [recordingJob("test.every-minute", { schedule, worker: "a" })], tuning });
    const b = await startWorker({ db: other.db, jobs: [recordingJob("test.every-minute", { schedule, worker: "b" })], tuning });
    try {
      const deadline = Date.now() + 20_000;
      while ((await runsOf(t, "test.every-minute")).length === 0 && Date.now() < deadline) await pause(250);
      // Both instances check the schedules at start; only one may claim the check (pg-boss's trySetCronTime), and
      // the next check is cronMonitorIntervalSeconds away, so a second run now would be a duplicate.
      await pause(3_000);
      expect(await runsOf(t, "test.every-minute")).toHaveLength(1);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 40_000);
});

function pause(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
