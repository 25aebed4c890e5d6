import { v5 as uuidv5 } from "uuid";
import type { DbOrTx } from "@/db/client";
import { bossDbOf } from "./boss-db";
import { bossSender } from "./boss";
import type { JobDef } from "./define-job";

// Any fixed namespace: it makes a job's id a function of (queue, singletonKey).
const KEY_NAMESPACE = "0b5c7a8e-3f0e-4c43-9f55-6a3d2f1e9b10";

export type EnqueueOptions = {
  /** Not before this moment. */
  startAfter?: Date;
  /** The same key for the same job queues it once: a second send is ignored while the first job is kept (a day). */
  singletonKey?: string;
};

/** The job's id for a singleton key: the same key gives the same id, so pg-boss's insert ignores the second send. */
export function singletonJobId(name: string, key: string): string {
  return uuidv5(`${name}\n${key}`, KEY_NAMESPACE);
}

/**
 * Queues a job. Given a transaction, the job is inserted in it: a rolled-back write queues nothing, and the job
 * cannot start before the write it follows is committed.
 */
export async function enqueue<T>(db: DbOrTx, job: JobDef<T> | string, data: T, opts: EnqueueOptions = {}): Promise<void> {
  const name = typeof job === "string" ? job : job.name;
  const def = typeof job === "string" ? undefined : job;
  const id = await bossSender().send(name, (data ?? {}) as object, {
    db: bossDbOf(db),
    ...(opts.startAfter && { startAfter: opts.startAfter }),
    ...(opts.singletonKey !== undefined && { id: singletonJobId(name, opts.singletonKey), singletonKey: opts.singletonKey }),
    ...(def?.retryLimit !== undefined && { retryLimit: def.retryLimit }),
    ...(def?.retryDelaySec !== undefined && { retryDelay: def.retryDelaySec }),
    ...(def?.retryBackoff !== undefined && { retryBackoff: def.retryBackoff }),
  });
  // pg-boss answers null both for a duplicate key (fine) and for a queue that doesn't exist (a lost job).
  if (id === null && opts.singletonKey === undefined) {
    throw new Error(`No job queue "${name}": is it listed in server/jobs/all-jobs.ts and were the jobs installed?`);
  }
}

/**
 * Queues many jobs of one kind in one statement (pg-boss's insert), in the caller's transaction like enqueue: a
 * notification to fifty members is one insert, not fifty. A singleton key already queued is skipped.
 */
export async function enqueueMany<T>(db: DbOrTx, job: JobDef<T>, items: { data: T; opts?: EnqueueOptions }[]): Promise<void> {
  if (items.length === 0) return;
  await bossSender().insert(
    items.map(({ data, opts = {} }) => ({
      name: job.name,
      data: (data ?? {}) as object,
      ...(opts.startAfter && { startAfter: opts.startAfter }),
      ...(opts.singletonKey !== undefined && { id: singletonJobId(job.name, opts.singletonKey), singletonKey: opts.singletonKey }),
      ...(job.retryLimit !== undefined && { retryLimit: job.retryLimit }),
      ...(job.retryDelaySec !== undefined && { retryDelay: job.retryDelaySec }),
      ...(job.retryBackoff !== undefined && { retryBackoff: job.retryBackoff }),
    })),
    { db: bossDbOf(db) },
  );
}
