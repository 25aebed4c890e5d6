// Do instances add up? (not part of npm test)   npx tsx scripts/load/instances.ts [--users 400] [--checkins 100000]
//   [--pool 10] [--start 10 --step 10 --max 400 --resolution 5 --step-seconds 20 --warmup 10 --p95 300]
// One PostgreSQL database (rf_bench_<ms> on the local server, seeded by scripts/bench, dropped at the end). First the
// open-loop capacity search (open-loop.ts) against one `next start`, then against two behind nginx on loopback, with
// the CPU each process used in each run. Prints Markdown tables and the ratio. Stops everything on exit or Ctrl-C.
// Needs nginx: `apt-get install -y nginx` (Debian's package; the script runs its own copy with a generated config on
// ports 3280-3283, and never touches the system's nginx service). On a 2-core machine the instances, PostgreSQL,
// nginx and the load generator share the cores, so read the CPU table with the ratio.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { children, createSeeded, runBenchmark, SERVER } from "../bench/scale-helpers";
import { ensureBuilt, startAppServer, type StartedServer } from "./app-server";
import { numberFlag, parseCli, searchOptions } from "./cli-options";
import { newLedger, verifyLedger, type Ledger } from "./ledger";
import { startNginx } from "./nginx";
import { searchCapacity, userStates } from "./open-loop";
import { allProcesses, cpuSecondsBetween, treeOf } from "./proc-cpu";
import { seedWorld, signInAll, type World } from "./world";

const { values } = parseCli({ checkins: { type: "string" }, pool: { type: "string" } });
const opts = searchOptions(values);
const USERS = numberFlag(values, "users", 400, 10, 20_000);
const CHECKINS = numberFlag(values, "checkins", 100_000, 1_000, 10_000_000);
const POOL = numberFlag(values, "pool", 10, 1, 100);
const NGINX_PORT = 3280;
const APP_PORTS = [3281, 3282, 3283];

type CpuRow = { process: string; seconds: number };
type RunResult = { label: string; capacity: number | null; steps: number; wallSeconds: number; cpu: CpuRow[] };

/** Signs everyone in through `baseUrl`, runs the search, and reads each process's CPU over the search. */
async function measure(label: string, baseUrl: string, apps: StartedServer[], nginxPid: number | null, world: World, ledger: Ledger, dbName: string, admin: postgres.Sql): Promise<RunResult> {
  console.log(`\n## ${label}\nsigning in ${world.users.length} users through ${baseUrl}…`);
  const users = userStates(world, await signInAll(baseUrl, world));
  const backends = async () => (await admin<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${dbName}`).map((r) => r.pid);
  const backendsBefore = await backends();
  const before = allProcesses();
  const started = performance.now();
  const { capacity, history } = await searchCapacity(users, ledger, opts, `[${label}] `);
  const wallSeconds = (performance.now() - started) / 1000;
  const after = allProcesses();
  const ours = [...new Set([...backendsBefore, ...(await backends())])];
  const postgresPids = after.filter((p) => p.comm === "postgres").map((p) => p.pid);
  const cpu: CpuRow[] = apps.map((app, i) => ({ process: `next-server #${i + 1}`, seconds: cpuSecondsBetween(before, after, treeOf(after, [app.child.pid!])) }));
  cpu.push({ process: "postgres, this database's backends", seconds: cpuSecondsBetween(before, after, ours) });
  cpu.push({ process: "postgres, all processes (other work included)", seconds: cpuSecondsBetween(before, after, postgresPids) });
  if (nginxPid !== null) cpu.push({ process: "nginx (master + worker)", seconds: cpuSecondsBetween(before, after, treeOf(after, [nginxPid])) });
  cpu.push({ process: "load generator (this process)", seconds: cpuSecondsBetween(before, after, [process.pid]) });
  console.log(`\n[${label}] capacity: ${capacity === null ? "no rate passed" : `${capacity} req/s`}`);
  return { label, capacity, steps: history.length, wallSeconds, cpu };
}

function report(runs: RunResult[]) {
  const [one, two] = runs as [RunResult, RunResult];
  const ratio = one.capacity && two.capacity ? (two.capacity / one.capacity).toFixed(2) : "n/a";
  console.log(`\n## Instances add up? (${new Date().toISOString().slice(0, 16)}Z, target p95 ≤ ${opts.targetP95Ms} ms, 0 errors)\n`);
  console.log("| setup | highest passing rate | steps | search wall time |\n|---|---|---|---|");
  for (const r of runs) console.log(`| ${r.label} | ${r.capacity === null ? "none passed" : `${r.capacity} req/s`} | ${r.steps} | ${r.wallSeconds.toFixed(0)} s |`);
  console.log(`\nratio (2 instances / 1 instance): **${ratio}×**\n`);
  console.log("| process | " + runs.map((r) => `${r.label}: CPU s (avg cores)`).join(" | ") + " |\n|---|" + runs.map(() => "---|").join(""));
  // Rows in the order of the run with the most processes (the one behind nginx).
  const names = [...new Set([...runs].reverse().flatMap((r) => r.cpu.map((c) => c.process)))];
  for (const name of names) {
    const cells = runs.map((r) => {
      const row = r.cpu.find((c) => c.process === name);
      return row ? `${row.seconds.toFixed(1)} (${(row.seconds / r.wallSeconds).toFixed(2)})` : "—";
    });
    console.log(`| ${name} | ${cells.join(" | ")} |`);
  }
}

await ensureBuilt(); // first: a failed build exits at once, before there is a database to drop
runBenchmark(async () => {
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  try {
    console.log(`seeding ${CHECKINS.toLocaleString("en")} check-ins, then ${USERS} signed-in load users…`);
    const seeded = await createSeeded(CHECKINS);
    const world = await seedWorld(seeded.url, USERS);
    const ledger = newLedger();
    // One secret for every instance: a session signed in through one is valid on the other, as in production.
    const shared = { AUTH_SECRET: randomBytes(32).toString("base64url") };
    const start = async (port: number, env: Record<string, string>) => {
      const app = await startAppServer(seeded.url, port, POOL, { ...shared, ...env });
      children.add(app.child);
      return app;
    };

    const single = await start(APP_PORTS[0]!, { TRUST_PROXY: "0" });
    const runs = [await measure("1 instance", single.baseUrl, [single], null, world, ledger, seeded.name, admin)];
    await single.stop();

    // Behind nginx the socket is always nginx, so the app reads the client from X-Forwarded-For, one hop in.
    const pair = [await start(APP_PORTS[1]!, { TRUST_PROXY: "1" }), await start(APP_PORTS[2]!, { TRUST_PROXY: "1" })];
    const nginx = await startNginx(NGINX_PORT, [APP_PORTS[1]!, APP_PORTS[2]!]);
    children.add(nginx.child);
    try {
      runs.push(await measure("2 instances + nginx", nginx.baseUrl, pair, nginx.child.pid!, world, ledger, seeded.name, admin));
    } finally {
      await nginx.stop();
      await Promise.all(pair.map((app) => app.stop()));
    }
    report(runs);
    const missing = await verifyLedger(seeded.url, ledger);
    console.log(`\nlost writes over both runs: ${missing}`);
    if (missing > 0 || runs.some((r) => r.capacity === null)) process.exitCode = 1;
  } finally {
    await admin.end({ timeout: 5 });
  }
});
