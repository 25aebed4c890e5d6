import type { Db } from "@/db/client";

/** What a handler gets besides its data: the worker's database, its clock (injected in tests) and the job's id. */
export type JobContext = { db: Db; now: Date; jobId: string };

export type JobSchedule = { cron: string; tz?: string };

export type JobDef<T> = {
  name: string;
  handler: (data: T, ctx: JobContext) => Promise<void>;
  /** Retries after the first failure (pg-boss default 2). */
  retryLimit?: number;
  retryDelaySec?: number;
  /** Doubles the delay on each retry (with pg-boss's jitter). */
  retryBackoff?: boolean;
  /** Runs on this cron in this zone (default UTC), once per tick however many workers share the database. */
  schedule?: JobSchedule;
};

const QUEUE_NAME = /^[a-z][a-z0-9_.-]*$/;

/**
 * Declares a job. The worker registers the def (server/jobs/all-jobs.ts); domain code enqueues it. Handlers must be
 * idempotent: a job can run again after a crash between its work and its completion.
 */
export function defineJob<T>(def: JobDef<T>): JobDef<T> {
  if (!QUEUE_NAME.test(def.name)) throw new Error(`Job name "${def.name}" must be lower-case letters, digits, . _ -`);
  return def;
}
