// `npm run worker`: runs the background jobs alone, beside app servers started with RF_WORKER=0 (or as well as them:
// any number of workers share the queue). The embedded database is one process's only, so this needs DATABASE_URL
// unless no server is running on the same data folder.
import { getDbHandle } from "@/server/db";
import { startWorker } from "@/server/jobs/worker";

const handle = await getDbHandle();
const worker = await startWorker({ db: handle.db });
console.log(`Run Forward worker: running jobs (${handle.kind}). Stop with Ctrl+C.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    // Graceful: jobs in hand finish (up to pg-boss's timeout), nothing new is fetched.
    await worker.stop();
    await handle.close();
    process.exit(0);
  });
}
