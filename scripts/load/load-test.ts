// Load test (not part of npm test). Starts `next start` on a fresh PostgreSQL database (loopback only), signs users in,
// runs one of three modes for a bounded time, then checks that every acknowledged write is in the database.
//   closed loop:  npx tsx scripts/load/load-test.ts [users=200] [seconds=60]      (LOAD_THINK_MS for think time)
//   open loop:    npx tsx scripts/load/load-test.ts --rate 40 [--seconds 30] [--users 400] [--arrivals poisson|even]
//   capacity:     npx tsx scripts/load/load-test.ts --search [--start 10 --step 10 --max 400 --resolution 5
//                 --step-seconds 20 --warmup 10 --p95 300 --users 400]   -> highest rate with p95 ≤ 300 ms, 0 errors
import { createDatabase, ensureBuilt, startAppServer } from "./app-server";
import { numberFlag, parseCli, searchOptions } from "./cli-options";
import { newLedger, verifyLedger } from "./ledger";
import { runOpenLoopStep, searchCapacity, STEP_HEADER, stepRow, userStates } from "./open-loop";
import { runVirtualUser } from "./scenario";
import { newStats, printStats } from "./stats";
import { seedWorld, signInAll } from "./world";

const { values, positionals } = parseCli({ rate: { type: "string" }, seconds: { type: "string" }, search: { type: "boolean" } });
const mode = values.search ? "search" : values.rate !== undefined ? "open" : "closed";
const USERS = mode === "closed" ? Number(positionals[0] ?? 200) : numberFlag(values, "users", 400, 1, 20_000);
const SECONDS = Math.min(mode === "closed" ? Number(positionals[1] ?? 60) : numberFlag(values, "seconds", 30, 1, 600), 600);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 0);

await ensureBuilt(); // before the database: a failed build exits at once
const database = await createDatabase("rf_load");
let exitCode = 1;
try {
  console.log(`seeding ${USERS} users…`);
  const world = await seedWorld(database.url, USERS);
  const server = await startAppServer(database.url, Number(process.env.LOAD_PORT ?? 3191), Number(process.env.LOAD_POOL ?? 20));
  try {
    const ledger = newLedger();
    console.log(`signing in ${world.users.length} users against ${server.baseUrl}…`);
    const sessions = await signInAll(server.baseUrl, world);
    let errors: number;
    if (mode === "closed") {
      const stats = newStats();
      console.log(`running ${USERS} virtual users for ${SECONDS} s (closed loop)…`);
      const started = Date.now();
      const deadline = started + SECONDS * 1000;
      await Promise.all(world.users.map((u, i) => runVirtualUser(sessions[i]!, u, i, deadline, ledger, stats, THINK_MS)));
      errors = printStats(stats, (Date.now() - started) / 1000);
    } else if (mode === "open") {
      const rate = numberFlag(values, "rate", 0, 0.1, 5000);
      const opts = searchOptions(values);
      console.log(`open loop: ${rate} req/s for ${SECONDS} s, ${opts.kind} arrivals\n\n${STEP_HEADER}`);
      const result = await runOpenLoopStep(userStates(world, sessions), ledger, rate, SECONDS, opts.kind);
      console.log(stepRow(result, opts.targetP95Ms));
      errors = printStats(result.stats, SECONDS);
    } else {
      const opts = searchOptions(values);
      const { capacity, history } = await searchCapacity(userStates(world, sessions), ledger, opts);
      errors = history.reduce((sum, r) => sum + r.errors, 0);
      console.log(`\ncapacity: ${capacity === null ? "no rate passed" : `**${capacity} req/s**`} at p95 ≤ ${opts.targetP95Ms} ms with 0 errors (a failing step above it is the search's upper bound, not a failure of the run)`);
      errors = capacity === null ? Math.max(1, errors) : 0;
    }
    const missing = await verifyLedger(database.url, ledger);
    console.log(`\nresult: ${errors === 0 && missing === 0 ? "PASS" : "FAIL"} (target: ${mode === "search" ? "a passing rate" : "0 errors"}, 0 lost writes)`);
    exitCode = errors === 0 && missing === 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
} finally {
  await database.drop();
}
process.exit(exitCode);
