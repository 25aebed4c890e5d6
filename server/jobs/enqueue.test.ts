import { describe, expect, it, beforeAll } from "vitest";
import { setupTestDb } from "@/server/test/test-db";
import { installJobs } from "./boss";
import { enqueue } from "./enqueue";
import { createRunsTable, recordingJob, runsOf } from "./test-jobs";
import { startWorker } from "./worker";

const t = setupTestDb();
const job = recordingJob("test.enqueue");

beforeAll(async () => {
  await createRunsTable(t);
  await installJobs(t.db, [job]);
});

async function queued(name: string): Promise<number> {
  const [row] = await t.query<{ n: number }>("select count(*)::int as n from pgboss.job where name = $1", [name]);
  return row!.n;
}

describe("enqueue", () => {
  it("queues nothing when the transaction it ran in rolls back, and one job when it commits", async () => {
    await expect(t.db.transaction(async (tx) => {
      await enqueue(tx, job, { key: "rolled-back" });
      throw new Error("the write failed");
    })).rejects.toThrow("the write failed");
    expect(await queued(job.name)).toBe(0);

    await t.db.transaction(async (tx) => {
      await enqueue(tx, job, { key: "committed" });
    });
    expect(await queued(job.name)).toBe(1);

    const worker = await startWorker({ db: t.db, jobs: [job], now: () => new Date() });
    await worker.drain();
    await worker.stop();
    expect((await runsOf(t, job.name)).map((r) => r.key)).toEqual(["committed"]);
  });

  it("refuses a job whose queue was never installed, instead of losing it", async () => {
    await expect(enqueue(t.db, "test.not-installed", {})).rejects.toThrow(/No job queue "test.not-installed"/);
  });
});
