// Load test (not part of npm test): npx tsx scripts/load/load-test.ts [users=200] [seconds=60]
// Starts `next start` on a fresh PostgreSQL database (loopback only), runs signed-in virtual users for a bounded time,
// prints throughput and latency, then checks that every acknowledged write is in the database. Stops by itself.
import { createDatabase, startAppServer } from "./app-server";
import { newStats, printStats, runVirtualUser, seedWorld, signInAll, verifyLedger, type Ledger } from "./scenario";

const USERS = Number(process.argv[2] ?? 200);
const SECONDS = Math.min(Number(process.argv[3] ?? 60), 600);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 0);

const database = await createDatabase("rf_load");
let exitCode = 1;
try {
  console.log(`seeding ${USERS} users…`);
  const world = await seedWorld(database.url, USERS);
  const server = await startAppServer(database.url, Number(process.env.LOAD_PORT ?? 3191), Number(process.env.LOAD_POOL ?? 20));
  try {
    const ledger: Ledger = { checkinNotes: new Map(), reactions: new Map(), commentIds: new Set() };
    const stats = newStats();
    console.log(`running ${USERS} virtual users for ${SECONDS} s against ${server.baseUrl}…`);
    console.log(`signing in ${world.users.length} users…`);
    const sessions = await signInAll(server.baseUrl, world);
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(world.users.map((u, i) => runVirtualUser(sessions[i]!, u, i, deadline, ledger, stats, THINK_MS)));
    const elapsed = (Date.now() - started) / 1000;
    const errors = printStats(stats, elapsed);
    const missing = await verifyLedger(database.url, ledger);
    console.log(`\nresult: ${errors === 0 && missing === 0 ? "PASS" : "FAIL"} (target: 0 errors, 0 lost writes)`);
    exitCode = errors === 0 && missing === 0 ? 0 : 1;
  } finally {
    await server.stop();
  }
} finally {
  await database.drop();
}
process.exit(exitCode);
