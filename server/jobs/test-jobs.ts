import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { defineJob } from "./define-job";

/**
 * Jobs for the queue's own tests: each run writes a row to job_runs (a table the test creates), so a test can count
 * how often each job ran and with which clock.
 */
export async function createRunsTable(t: DbHandle): Promise<void> {
  await t.query("create table if not exists job_runs (id serial primary key, job text not null, key text, job_id text not null, ran_at timestamptz not null, worker text)");
}

export async function runsOf(t: DbHandle, job: string): Promise<{ key: string | null; job_id: string; ran_at: Date; worker: string | null }[]> {
  return t.query("select key, job_id, ran_at, worker from job_runs where job = $1 order by id", [job]);
}

export function recordingJob(name: string, extra: { schedule?: { cron: string; tz?: string }; worker?: string } = {}) {
  return defineJob<{ key?: string }>({
    name,
    ...(extra.schedule && { schedule: extra.schedule }),
    handler: async (data, ctx) => {
      // Raw SQL: job_runs is the test's own table, not in the app's schema.
      await ctx.db.execute(
        sql`insert into job_runs (job, key, job_id, ran_at, worker) values (${name}, ${data.key ?? null}, ${ctx.jobId}, ${ctx.now.toISOString()}, ${extra.worker ?? null})`,
      );
    },
  });
}
