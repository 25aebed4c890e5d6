import PgBoss from "pg-boss";
import type { Db, DbOrTx } from "@/db/client";
import { bossDbOf, type BossDb } from "./boss-db";
import type { JobDef } from "./define-job";

/** pg-boss keeps its tables in a schema of its own, beside the app's (it creates and migrates them itself). */
export const BOSS_SCHEMA = "pgboss";

export type BossOptions = {
  schedule?: boolean;
  supervise?: boolean;
  /** Tests only: faster polling and cron checks, so a test of the real timekeeper takes seconds, not minutes. */
  tuning?: Pick<PgBoss.ConstructorOptions, "pollingIntervalSeconds" | "cronMonitorIntervalSeconds" | "cronWorkerIntervalSeconds">;
};

/**
 * A pg-boss instance over the app's connection. Polling and maintenance are kept light because on PGlite the queue
 * shares the app's only connection: fetches every 2 s, maintenance (expire, archive, delete) every 10 minutes, no
 * state monitor.
 */
export function createBoss(db: DbOrTx | BossDb, opts: BossOptions = {}): PgBoss {
  return new PgBoss({
    db: "executeSql" in db ? db : bossDbOf(db),
    schema: BOSS_SCHEMA,
    migrate: true,
    schedule: opts.schedule ?? false,
    supervise: opts.supervise ?? false,
    pollingIntervalSeconds: 2,
    maintenanceIntervalSeconds: 600,
    // Completed jobs stay a day (so a singletonKey dedupes that long), then a week in the archive.
    archiveCompletedAfterSeconds: 24 * 3600,
    deleteAfterDays: 7,
    ...opts.tuning,
  });
}

export function queueOptionsOf(job: JobDef<never>): PgBoss.Queue {
  return {
    name: job.name,
    policy: "standard",
    ...(job.retryLimit !== undefined && { retryLimit: job.retryLimit }),
    ...(job.retryDelaySec !== undefined && { retryDelay: job.retryDelaySec }),
    ...(job.retryBackoff !== undefined && { retryBackoff: job.retryBackoff }),
  };
}

// A sender is never started and has no database of its own: it lends pg-boss's argument checks and insert to
// enqueue, which passes the caller's db (or transaction) with every send.
let sender: PgBoss | undefined;
export function bossSender(): PgBoss {
  sender ??= createBoss({
    executeSql: () => Promise.reject(new Error("The job sender runs SQL only through the db passed to send().")),
  });
  return sender;
}

/**
 * Creates (or migrates) pg-boss's tables and a queue for each job, and with `schedules`, writes each job's schedule
 * (or removes a dropped one) for the timekeepers to send. Idempotent, safe with several instances at once (pg-boss
 * takes an advisory lock). Enqueueing into a queue that doesn't exist yet fails, so the server runs this at start even
 * with RF_WORKER=0, and tests run it before enqueueing.
 */
export async function installJobs(db: Db, jobs: JobDef<never>[], opts: { schedules?: boolean } = {}): Promise<void> {
  const boss = createBoss(db);
  await boss.start();
  try {
    for (const job of jobs) {
      await ensureQueue(boss, job);
      if (!opts.schedules) continue;
      if (job.schedule) await boss.schedule(job.name, job.schedule.cron, {}, { tz: job.schedule.tz ?? "UTC" });
      else await boss.unschedule(job.name);
    }
    if (opts.schedules) {
      // A job dropped from the code must not keep sending ticks that no worker takes.
      const names = new Set(jobs.map((job) => job.name));
      for (const { name } of await boss.getSchedules()) if (!names.has(name)) await boss.unschedule(name);
    }
  } finally {
    await boss.stop({ graceful: false, close: false });
  }
}

async function ensureQueue(boss: PgBoss, job: JobDef<never>): Promise<void> {
  const options = queueOptionsOf(job);
  if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, options);
  else await boss.createQueue(job.name, options);
}
