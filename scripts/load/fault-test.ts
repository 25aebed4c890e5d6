// Fault test (not part of npm test): npx tsx scripts/load/fault-test.ts [users=40] [seconds=50]
// Runs the load scenario against `next start` + PostgreSQL and restarts PostgreSQL in the middle. Checks that the server
// never crashes, that failures during the outage are clean "try again" answers, how fast the app recovers without a
// restart, and that no acknowledged write is lost. Loopback only; bounded; stops by itself.
// It restarts the machine's PostgreSQL cluster: run it when nothing else is using that server.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createDatabase, ensureBuilt, startAppServer } from "./app-server";
import { Session } from "./http-client";
import { newStats, PASSWORD, printStats, runVirtualUser, seedWorld, signInAll, verifyLedger, type Ledger } from "./scenario";

// A load the server carries without queueing, so "recovery" measures reconnection, not a backlog.
const USERS = Number(process.argv[2] ?? 40);
const SECONDS = Math.min(Number(process.argv[3] ?? 50), 300);
const RESTART_AT_S = Number(process.env.FAULT_AT_S ?? 15);

function restartPostgres() {
  const version = readdirSync("/etc/postgresql")[0]!;
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], { stdio: "inherit" });
}

await ensureBuilt(); // before the database: a failed build exits at once
const database = await createDatabase("rf_fault");
let exitCode = 1;
try {
  const world = await seedWorld(database.url, USERS);
  const server = await startAppServer(database.url, Number(process.env.FAULT_PORT ?? 3192), 20);
  let crashed = false;
  server.child.once("exit", () => (crashed = true));
  try {
    const ledger: Ledger = { checkinNotes: new Map(), reactions: new Map(), commentIds: new Set() };
    const stats = newStats();
    console.log(`signing in ${world.users.length} users…`);
    const sessions = await signInAll(server.baseUrl, world);
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    const load = Promise.all(world.users.map((u, i) => runVirtualUser(sessions[i]!, u, i, deadline, ledger, stats, Number(process.env.FAULT_THINK_MS ?? 250))));

    // Restart PostgreSQL mid-load, then probe until a signed-in read succeeds again.
    await new Promise((r) => setTimeout(r, RESTART_AT_S * 1000));
    const probe = new Session(server.baseUrl);
    await probe.signIn(world.users[0]!.email, PASSWORD).catch(() => {});
    console.log(`t=${((Date.now() - started) / 1000).toFixed(1)} s: restarting PostgreSQL…`);
    const downAt = Date.now();
    restartPostgres();
    const upAt = Date.now();
    console.log(`PostgreSQL was restarted in ${((upAt - downAt) / 1000).toFixed(1)} s`);
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
    const elapsed = (Date.now() - started) / 1000;
    const errors = printStats(stats, elapsed);
    const health = await fetch(`${server.baseUrl}/api/health`).then((r) => r.status).catch(() => 0);
    const recovery = recoveredAt ? (recoveredAt - upAt) / 1000 : Infinity;
    const uncaught = server.uncaughtExceptions();
    console.log(`server crashed: ${crashed ? "YES" : "no"}   uncaught exceptions logged: ${uncaught}   health after: ${health}`);
    console.log(`recovered ${recovery.toFixed(2)} s after PostgreSQL came back (no app restart)`);
    const missing = await verifyLedger(database.url, ledger);
    const pass = !crashed && uncaught === 0 && health === 200 && errors === 0 && missing === 0 && recovery < 10;
    console.log(`\nresult: ${pass ? "PASS" : "FAIL"} (targets: no crash or uncaught exception, only clean "try again" failures, recovery within seconds, 0 lost writes)`);
    exitCode = pass ? 0 : 1;
  } finally {
    await server.stop();
  }
} finally {
  await database.drop();
}
process.exit(exitCode);
