import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { allJobs, type AnyJob } from "./all-jobs";
import { createBoss, installJobs, type BossOptions } from "./boss";
import type { JobContext } from "./define-job";
import { singletonJobId } from "./enqueue";
import { ticksBetween } from "./schedule-ticks";

export type WorkerOptions = {
  db?: Db;
  jobs?: AnyJob[];
  /** An injected clock: handlers see it as ctx.now, and drain() fires the schedules' ticks up to it. */
  now?: () => Date;
  /** Poll and run the schedules in the background. Default: yes, unless a clock is injected (a test drives it). */
  background?: boolean;
  tuning?: BossOptions["tuning"];
};

export type RunningWorker = {
  /** Graceful: jobs in hand finish, nothing new is fetched. */
  stop(): Promise<void>;
  /**
   * Tests, on a worker with an injected clock: sends the schedules' ticks up to now(), then runs every job due now
   * (and any they queue) and returns. On a background worker it would send ticks beside the timekeeper's.
   */
  drain(): Promise<void>;
};

// A drain that finds work this many rounds running stops anyway: a job that re-queues itself must not hang a test.
const MAX_DRAIN_ROUNDS = 200;

/**
 * Starts a worker: installs pg-boss's tables and a queue per job, then (in the background) polls the queues and lets
 * pg-boss's timekeeper send each schedule's ticks. Any number of workers may share one database: fetches use
 * SKIP LOCKED, so a job runs on one of them, and the timekeeper sends each tick once.
 */
export async function startWorker(opts: WorkerOptions = {}): Promise<RunningWorker> {
  const db = opts.db ?? (await (await import("@/server/db")).getDb());
  const jobs = opts.jobs ?? allJobs;
  const clock = opts.now ?? (() => new Date());
  const background = opts.background ?? opts.now === undefined;
  // Queues and schedules first: the timekeeper checks the schedules as soon as it starts.
  await installJobs(db, jobs, { schedules: background });
  const boss = createBoss(db, { schedule: background, supervise: background, tuning: opts.tuning });
  boss.on("error", (err: Error) => console.error(`Run Forward jobs: ${err.message}`));
  await boss.start();

  const run = async (job: AnyJob, pgJob: PgBoss.Job<unknown>) => {
    const ctx: JobContext = { db, now: clock(), jobId: pgJob.id };
    await job.handler(pgJob.data as never, ctx);
  };

  if (background) {
    for (const job of jobs) {
      await boss.work(job.name, { batchSize: 1 }, async (pgJobs) => {
        for (const pgJob of pgJobs) {
          try {
            await run(job, pgJob);
          } catch (err) {
            console.error(`Run Forward jobs: ${job.name} ${pgJob.id} failed (retried if it has retries left): ${String(err)}`);
            throw err;
          }
        }
      });
    }
  }

  let ticksAfter = new Date(clock().getTime() - 60_000);
  const sendDueTicks = async () => {
    const until = clock();
    for (const job of jobs) {
      if (!job.schedule) continue;
      for (const tick of ticksBetween(job.schedule, ticksAfter, until)) {
        // The tick's own id: however many workers drain past this tick, one job is inserted.
        await boss.send(job.name, {}, { id: singletonJobId(job.name, `tick:${tick.toISOString()}`) });
      }
    }
    ticksAfter = until;
  };

  return {
    stop: () => boss.stop({ graceful: true, close: false, timeout: 15_000 }),
    drain: async () => {
      await sendDueTicks();
      for (let round = 0; round < MAX_DRAIN_ROUNDS; round++) {
        let ran = 0;
        for (const job of jobs) {
          for (const pgJob of await boss.fetch<unknown>(job.name, { batchSize: 20 })) {
            ran++;
            try {
              await run(job, pgJob);
              await boss.complete(job.name, pgJob.id);
            } catch (err) {
              await boss.fail(job.name, pgJob.id, { message: String(err) });
            }
          }
        }
        if (ran === 0) return;
      }
    },
  };
}
