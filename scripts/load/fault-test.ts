// Fault test (not part of npm test): npx tsx scripts/load/fault-test.ts [users=40] [seconds=50]
// Runs the load scenario against `next start` + PostgreSQL and restarts PostgreSQL in the middle. Checks that the server
// never crashes, that failures during the outage are clean "try again" answers, how fast the app recovers without a
// restart, and that no acknowledged write is lost. Live streams (FAULT_STREAMS, 100; 0 leaves them out) stay open
// throughout, with tracked comments and reactions (FAULT_LIVE_RATE a second): each stream must say it is reconnecting,
// come back by itself and miss no event, and tabs closed over the restart must get what they missed from their last
// event id, or refetch (scripts/bench/live/stream-faults.ts). Loopback only; bounded; stops by itself.
// It restarts the machine's PostgreSQL cluster: run it when nothing else is using that server.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { promisify } from "node:util";
import { StreamFaultWatch } from "../bench/live/stream-faults";
import { ADMIN_URL, createDatabase, ensureBuilt, startAppServer } from "./app-server";
import { Session } from "./http-client";
import { newStats, PASSWORD, printStats, runVirtualUser, seedWorld, signInAll, verifyLedger, type Ledger } from "./scenario";

// A load the server carries without queueing, so "recovery" measures reconnection, not a backlog.
const USERS = Number(process.argv[2] ?? 40);
const SECONDS = Math.min(Number(process.argv[3] ?? 50), 300);
const RESTART_AT_S = Number(process.env.FAULT_AT_S ?? 15);
const STREAMS = Number(process.env.FAULT_STREAMS ?? 100);
const LIVE_RATE = Number(process.env.FAULT_LIVE_RATE ?? 4);
const run = promisify(execFile);

/**
 * Asynchronous, so the streams and the load keep running (and noticing) while PostgreSQL is down. FAULT_PG_CLUSTER
 * names another Debian cluster (with BENCH_DATABASE_URL on its port) to rehearse without restarting the shared one.
 */
async function restartPostgres() {
  const version = readdirSync("/etc/postgresql")[0]!;
  await run("pg_ctlcluster", ["--skip-systemctl-redirect", version, process.env.FAULT_PG_CLUSTER ?? "main", "restart"]);
  const server = new URL(ADMIN_URL);
  for (let i = 0; i < 50; i++) {
    if (await run("pg_isready", ["-h", server.hostname, "-p", server.port || "5432"]).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("PostgreSQL is not accepting connections 10 s after its restart");
}

await ensureBuilt(); // before the database: a failed build exits at once
const database = await createDatabase("rf_fault");
let exitCode = 1;
try {
  const world = await seedWorld(database.url, USERS);
  const server = await startAppServer(database.url, Number(process.env.FAULT_PORT ?? 3192), 20);
  let crashed = false;
  server.child.once("exit", () => (crashed = true));
  // Next logs a rejection nothing handled instead of exiting; under plain Node it would have ended the process.
  let unhandled = 0;
  server.child.stderr!.on("data", (chunk: Buffer) => (unhandled += chunk.toString().split("unhandledRejection").length - 1));
  try {
    const ledger: Ledger = { checkinNotes: new Map(), reactions: new Map(), commentIds: new Set() };
    const stats = newStats();
    console.log(`signing in ${world.users.length} users…`);
    const sessions = await signInAll(server.baseUrl, world);
    if (STREAMS > 0) console.log(`opening ${STREAMS} live streams (+2 tabs that go away over the restart)…`);
    const live = STREAMS > 0 ? await StreamFaultWatch.open(world.users.map((u, i) => ({ session: sessions[i]!, clubId: u.clubId })), STREAMS) : null;
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    live?.startWrites(LIVE_RATE, SECONDS);
    const load = Promise.all(world.users.map((u, i) => runVirtualUser(sessions[i]!, u, i, deadline, ledger, stats, Number(process.env.FAULT_THINK_MS ?? 250))));

    // Restart PostgreSQL mid-load, then probe until a signed-in read succeeds again.
    await new Promise((r) => setTimeout(r, RESTART_AT_S * 1000));
    const probe = new Session(server.baseUrl);
    await probe.signIn(world.users[0]!.email, PASSWORD).catch(() => {});
    console.log(`t=${((Date.now() - started) / 1000).toFixed(1)} s: restarting PostgreSQL (load average ${loadavg().map((l) => l.toFixed(2)).join(" ")})…`);
    live?.beforeRestart();
    const downAt = Date.now();
    await restartPostgres();
    const upAt = Date.now();
    const upAtPerf = performance.now();
    console.log(`PostgreSQL was restarted in ${((upAt - downAt) / 1000).toFixed(1)} s (pg_isready: accepting connections)`);
    const streamsBack = live?.afterRestart(upAtPerf);
    let recoveredAt = 0;
    while (!recoveredAt && Date.now() < deadline) {
      try {
        await probe.query("feed.list", { clubId: world.users[0]!.clubId, limit: 5 });
        recoveredAt = Date.now();
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await load;
    await streamsBack;
    const liveChecks = (await live?.finish()) ?? [];
    live?.close();
    const elapsed = (Date.now() - started) / 1000;
    const errors = printStats(stats, elapsed);
    const health = await fetch(`${server.baseUrl}/api/health`).then((r) => r.status).catch(() => 0);
    const recovery = recoveredAt ? (recoveredAt - upAt) / 1000 : Infinity;
    const uncaught = server.uncaughtExceptions();
    console.log(`server crashed: ${crashed ? "YES" : "no"}   uncaught exceptions logged: ${uncaught}   unhandled rejections logged: ${unhandled}   health after: ${health}`);
    console.log(`recovered ${recovery.toFixed(2)} s after PostgreSQL came back (no app restart)`);
    const missing = await verifyLedger(database.url, ledger);
    if (live) console.log("\nlive streams:");
    for (const check of liveChecks) console.log(`  ${check.pass ? "pass" : "FAIL"}: ${check.line}`);
    const pass = !crashed && uncaught === 0 && unhandled === 0 && health === 200 && errors === 0 && missing === 0 && recovery < 10 && liveChecks.every((c) => c.pass);
    console.log(`\nresult: ${pass ? "PASS" : "FAIL"} (targets: no crash, uncaught exception or unhandled rejection, only clean "try again" failures, recovery within seconds, 0 lost writes, every live check above)`);
    exitCode = pass ? 0 : 1;
  } finally {
    await server.stop();
  }
} finally {
  await database.drop();
}
process.exit(exitCode);
