import type { Db } from "@/db/client";
import { allJobs } from "./all-jobs";
import { installJobs } from "./boss";
import { startWorker, type RunningWorker } from "./worker";

// On globalThis: Next loads instrumentation's modules more than once, and dev reloads must not start a second worker.
const globalForJobs = globalThis as unknown as { __rfWorker?: Promise<RunningWorker | null> };

/**
 * At server start, after migrations: installs the queue (always, so this server can enqueue) and, unless RF_WORKER=0,
 * runs the worker in this process, stopped gracefully on SIGTERM/SIGINT.
 */
export function startJobsInServer(db: Db, runWorker: boolean): Promise<RunningWorker | null> {
  globalForJobs.__rfWorker ??= (async () => {
    if (!runWorker) {
      await installJobs(db, allJobs);
      return null;
    }
    const worker = await startWorker({ db });
    console.log(`Run Forward: background jobs run in this process (${allJobs.length} kinds; RF_WORKER=0 to run them elsewhere).`);
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void worker.stop());
    return worker;
  })();
  return globalForJobs.__rfWorker;
}
