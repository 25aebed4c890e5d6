import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDb } from "@/server/test/test-db";
import { createBoss, installJobs } from "./boss";
import { defineJob } from "./define-job";
import { enqueue } from "./enqueue";
import { createRunsTable, recordingJob, runsOf } from "./test-jobs";
import { startWorker } from "./worker";

const t = setupTestDb();
const clock = () => new Date();

beforeAll(async () => {
  await createRunsTable(t);
});

type JobRow = { state: string; retry_count: number; delay_s: number };
async function jobRow(name: string): Promise<JobRow> {
  const [row] = await t.query<JobRow>(
    "select state::text as state, retry_count, extract(epoch from start_after - now())::float as delay_s from pgboss.job where name = $1",
    [name],
  );
  return row!;
}
// Instead of sleeping through the backoff, the test moves the retry's start to now.
async function makeDue(name: string) {
  await t.query("update pgboss.job set start_after = now() - interval '1 second' where name = $1", [name]);
}

describe("jobs", () => {
  it("retry a failed job with a growing delay, then succeed once", async () => {
    let attempts = 0;
    const flaky = defineJob<{ key: string }>({
      name: "test.flaky",
      retryLimit: 3,
      retryDelaySec: 10,
      retryBackoff: true,
      handler: async (data, ctx) => {
        attempts++;
        if (attempts <= 2) throw new Error(`SMTP unreachable (attempt ${attempts})`);
        await recordingJob("test.flaky").handler(data, ctx);
      },
    });
    await installJobs(t.db, [flaky]);
    await enqueue(t.db, flaky, { key: "welcome" });
    const worker = await startWorker({ db: t.db, jobs: [flaky], now: clock });

    await worker.drain();
    const first = await jobRow(flaky.name);
    // pg-boss counts a retry when it starts, so the first failure leaves retry_count 0.
    expect(first).toMatchObject({ state: "retry", retry_count: 0 });
    // Backoff: 10 s × 2^1 / 2, plus up to as much again of jitter.
    expect(first.delay_s).toBeGreaterThan(8);
    expect(first.delay_s).toBeLessThan(21);
    await worker.drain();
    expect(attempts).toBe(1);

    await makeDue(flaky.name);
    await worker.drain();
    const second = await jobRow(flaky.name);
    expect(second).toMatchObject({ state: "retry", retry_count: 1 });
    expect(second.delay_s).toBeGreaterThan(18);
    expect(second.delay_s).toBeLessThan(41);

    await makeDue(flaky.name);
    await worker.drain();
    await worker.stop();
    expect(await jobRow(flaky.name)).toMatchObject({ state: "completed", retry_count: 2 });
    expect((await runsOf(t, flaky.name)).map((r) => r.key)).toEqual(["welcome"]);
  });

  it("survive a restart: a job sent while no worker ran, or taken by a worker that died, runs once on the next", async () => {
    const job = recordingJob("test.restart");
    await installJobs(t.db, [job]);
    await enqueue(t.db, job, { key: "sent-before-start" });
    const first = await startWorker({ db: t.db, jobs: [job], now: clock });
    await first.stop();

    // A worker takes the next job and dies mid-run: the job stays active until it expires.
    await enqueue(t.db, job, { key: "taken-by-dead-worker" });
    const dying = createBoss(t.db);
    await dying.start();
    const [taken] = await dying.fetch<{ key: string }>(job.name);
    expect(taken).toBeDefined();
    await dying.stop({ graceful: false, close: false });
    await t.query("update pgboss.job set started_on = now() - interval '1 hour' where id = $1", [taken!.id]);

    const next = await startWorker({ db: t.db, jobs: [job], now: clock });
    const supervisor = createBoss(t.db);
    await supervisor.start();
    await supervisor.expire(); // what the running supervisor does every few minutes
    await supervisor.stop({ graceful: false, close: false });
    await makeDue(job.name);
    await next.drain();
    await next.drain();
    await next.stop();

    expect((await runsOf(t, job.name)).map((r) => r.key).sort()).toEqual(["sent-before-start", "taken-by-dead-worker"]);
    expect(await t.query("select state::text from pgboss.job where name = $1 and state <> 'completed'", [job.name])).toEqual([]);
  });

  it("send a job with a singletonKey once, however often it is queued", async () => {
    const job = recordingJob("test.once");
    await installJobs(t.db, [job]);
    await t.db.transaction(async (tx) => {
      await enqueue(tx, job, { key: "digest-2026-w49" }, { singletonKey: "coach-1:2026-w49" });
      await enqueue(tx, job, { key: "digest-2026-w49" }, { singletonKey: "coach-1:2026-w49" });
    });
    await enqueue(t.db, job, { key: "digest-2026-w49" }, { singletonKey: "coach-1:2026-w49" });
    await enqueue(t.db, job, { key: "digest-2026-w50" }, { singletonKey: "coach-1:2026-w50" });
    const worker = await startWorker({ db: t.db, jobs: [job], now: clock });
    await worker.drain();
    await enqueue(t.db, job, { key: "digest-2026-w49" }, { singletonKey: "coach-1:2026-w49" });
    await worker.drain();
    await worker.stop();
    expect((await runsOf(t, job.name)).map((r) => r.key)).toEqual(["digest-2026-w49", "digest-2026-w50"]);
  });

  it("hold a job with startAfter until its moment", async () => {
    const job = recordingJob("test.later");
    await installJobs(t.db, [job]);
    const [row] = await t.query<{ now: string }>("select now()::text as now");
    await enqueue(t.db, job, { key: "after-quiet-hours" }, { startAfter: new Date(Date.parse(row!.now) + 3_600_000) });
    const worker = await startWorker({ db: t.db, jobs: [job], now: clock });
    await worker.drain();
    expect(await runsOf(t, job.name)).toHaveLength(0);
    await makeDue(job.name);
    await worker.drain();
    await worker.stop();
    expect((await runsOf(t, job.name)).map((r) => r.key)).toEqual(["after-quiet-hours"]);
  });
});
