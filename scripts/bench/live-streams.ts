// Live streams at capacity (issue 15; a measurement, not a timed test):
//   NEXT_DIST_DIR=.next-l3 npx tsx scripts/bench/live-streams.ts [--streams 1000] [--clubs 4] [--rate 50] [--seconds 30]
//     [--port 3240] [--pool 10]
// One `next start` on a fresh PostgreSQL database (rf_bench_<ms>, dropped at the end) with clubs of 50 members. It opens
// `--streams` live.club streams (members of the clubs, several tabs each when there are more streams than members),
// reads the server's memory (at each quarter of the streams, for a slope) and database connections, then sends
// `--rate` comments and reactions a second through the tRPC HTTP API and times each write's event, from its publish in
// the write's transaction to its arrival on every stream of the club. Prints a Markdown table; exits non-zero if an
// event was lost, duplicated or reached another club's stream.
import { parseArgs } from "node:util";
import { loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import postgres from "postgres";
import { ADMIN_URL, createDatabase, ensureBuilt, startAppServer } from "../load/app-server";
import { numberFlag } from "../load/cli-options";
import { allProcesses, cpuSecondsBetween, treeOf } from "../load/proc-cpu";
import { seedWorld, signInAll } from "../load/world";
import { ClubWriter, clubCheckins, type Writer } from "./live/club-writes";
import { DeliveryLedger, drain, type DeliverySummary } from "./live/delivery";
import { publishedAt } from "./live/published-at";
import { connectionsTo, memoryOf, settledMemory, type Connections, type Memory } from "./live/server-footprint";
import { StreamFleet } from "./live/stream-fleet";

const { values } = parseArgs({
  options: { streams: { type: "string" }, clubs: { type: "string" }, rate: { type: "string" }, seconds: { type: "string" }, port: { type: "string" }, pool: { type: "string" } },
  strict: true,
});
const STREAMS = numberFlag(values, "streams", 1000, 1, 20_000);
const CLUBS = numberFlag(values, "clubs", 4, 1, 200);
const RATE = numberFlag(values, "rate", 50, 1, 2000);
const SECONDS = numberFlag(values, "seconds", 30, 1, 600);
const PORT = numberFlag(values, "port", 3240, 1024, 65535);
const POOL = numberFlag(values, "pool", 10, 1, 100);
const MEMBERS = CLUBS * 50; // seedWorld's clubs of 50
const COMMENT_LIMIT = 30; // per user per 10 minutes (server/routers/feed.ts)

const mb = (kb: number) => (kb / 1024).toFixed(1);
const ms = (n: number) => n.toFixed(1);

/** Least-squares slope of memory over open streams, in kB per stream: steadier than one before/after pair. */
function slopeKb(points: { streams: number; memory: Memory }[], k: keyof Memory): number {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.streams, 0) / n;
  const my = points.reduce((a, p) => a + p.memory[k], 0) / n;
  const sxy = points.reduce((a, p) => a + (p.streams - mx) * (p.memory[k] - my), 0);
  const sxx = points.reduce((a, p) => a + (p.streams - mx) ** 2, 0);
  return sxx ? sxy / sxx : 0;
}

type Footprint = { points: { streams: number; memory: Memory }[]; connBase: Connections; connOpen: Connections; connPeak: number };

function report(r: Footprint & { d: DeliverySummary; serverCpu: number; loopP99: number; streams: StreamFleet }) {
  const { d } = r;
  const base = r.points[0]!.memory;
  const open = r.points.at(-1)!.memory;
  const perStreamKb = (k: keyof Memory) => `${((open[k] - base[k]) / STREAMS).toFixed(1)} kB per stream; slope over ${r.points.length} readings ${slopeKb(r.points, k).toFixed(1)} kB`;
  const fanout = STREAMS / CLUBS;
  console.log(`\n## Live streams (${new Date().toISOString().slice(0, 16)}Z): ${STREAMS} streams over ${CLUBS} clubs (${fanout.toFixed(0)} per club), ${RATE} writes/s for ${SECONDS} s\n`);
  console.log("| measure | value |\n|---|---|");
  console.log(`| server RSS: before → with streams | ${mb(base.rssKb)} → ${mb(open.rssKb)} MB (${perStreamKb("rssKb")}) |`);
  console.log(`| server RssAnon (heap + native): before → with streams | ${mb(base.anonKb)} → ${mb(open.anonKb)} MB (${perStreamKb("anonKb")}) |`);
  console.log(`| database connections: before → streams open → peak during writes | ${r.connBase.total} → ${r.connOpen.total} → ${r.connPeak} (LISTEN: ${r.connOpen.listening}) |`);
  console.log(`| writes sent / acknowledged / failed | ${d.sent} / ${d.acked} / ${d.failed} |`);
  console.log(`| write latency (HTTP) p50 / p95 / max | ${ms(d.write.p50)} / ${ms(d.write.p95)} / ${ms(d.write.max)} ms |`);
  console.log(`| **event published (in the write's transaction) → on ALL its club's streams** p50 / p95 / max | **${ms(d.fromPublish.p50)} / ${ms(d.fromPublish.p95)} / ${ms(d.fromPublish.max)} ms** (${d.fromPublish.n} writes) |`);
  console.log(`| write sent → on ALL its club's streams p50 / p95 / max | ${ms(d.fromSent.p50)} / ${ms(d.fromSent.p95)} / ${ms(d.fromSent.max)} ms |`);
  console.log(`| write acknowledged → on ALL its club's streams p50 / p95 / max (negative: before the HTTP answer) | ${ms(d.fromAck.p50)} / ${ms(d.fromAck.p95)} / ${ms(d.fromAck.max)} ms |`);
  console.log(`| events delivered to streams | ${d.deliveries} (${(d.deliveries / SECONDS).toFixed(0)}/s) |`);
  console.log(`| lost (stream deliveries missing) / writes with no event | ${d.lostDeliveries} / ${d.withoutEvent} |`);
  console.log(`| duplicates / leaked to another club's stream / untracked events | ${d.duplicates} / ${d.leaks} / ${d.untracked} |`);
  console.log(`| server CPU during writes | ${r.serverCpu.toFixed(1)} s (${(r.serverCpu / SECONDS).toFixed(2)} cores; ${((r.serverCpu * 1e6) / Math.max(1, d.deliveries)).toFixed(0)} µs per delivered event, writes included) |`);
  console.log(`| this client's event-loop delay p99 (its own share of the latency) | ${ms(r.loopP99)} ms |`);
  const t = r.streams.totals();
  console.log(`| streams up at the end / reconnects / server errors | ${r.streams.up()} of ${STREAMS} / ${t.reconnecting} / ${t.serverErrors} |`);
  console.log("\nPublished → arrival bounds commit → arrival from above (the publish is the transaction's last step but a notice).");
  console.log("Measured on a 2-core machine shared by the server, PostgreSQL, this client and any other work.");
  for (const sample of d.failureSamples) console.log(`sample write failure: ${sample}`);
}

if ((RATE * SECONDS) / 2 / MEMBERS > COMMENT_LIMIT) throw new Error(`--rate × --seconds needs more members (--clubs): each may comment ${COMMENT_LIMIT} times in 10 minutes`);
const distDir = await ensureBuilt(); // before the database: a failed build exits at once
const database = await createDatabase("rf_bench");
const dbName = new URL(database.url).pathname.slice(1);
const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
let stopServer = async () => {};
const cleanUp = async () => {
  await stopServer();
  await admin.end({ timeout: 5 });
  await database.drop();
};
process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
let exitCode = 1;
try {
  console.log(`build ${distDir}; seeding ${MEMBERS} members in ${CLUBS} clubs into ${dbName}…`);
  const world = await seedWorld(database.url, MEMBERS);
  const server = await startAppServer(database.url, PORT, POOL);
  stopServer = server.stop;
  const pid = server.child.pid!;
  console.log(`signing in ${MEMBERS} members…`);
  const sessions = await signInAll(server.baseUrl, world);
  const members: Writer[] = world.users.map((u, i) => ({ session: sessions[i]!, clubId: u.clubId }));
  const checkins = await clubCheckins(members);

  // Warm-up (not counted): the stream and write code paths loaded and compiled before the baseline reading.
  const warmLedger = new DeliveryLedger();
  const warm = new StreamFleet(warmLedger);
  await warm.open(members, Math.min(20, STREAMS));
  await new ClubWriter(members, checkins, warmLedger).run(10, 2);
  await drain(warmLedger, 5000);
  warm.closeAll();
  await new Promise((r) => setTimeout(r, 2000));

  const points = [{ streams: 0, memory: await settledMemory(pid) }];
  const connBase = await connectionsTo(admin, dbName);
  console.log(`opening ${STREAMS} streams…`);
  const ledger = new DeliveryLedger();
  const streams = new StreamFleet(ledger);
  for (let quarter = 1; quarter <= 4; quarter++) {
    await streams.open(members, Math.round((STREAMS * quarter) / 4) - streams.streams.length);
    await new Promise((r) => setTimeout(r, 1000));
    points.push({ streams: streams.streams.length, memory: await settledMemory(pid) });
  }
  const connOpen = await connectionsTo(admin, dbName);
  console.log(`${streams.up()} streams up; server RSS ${mb(memoryOf(pid).rssKb)} MB; ${connOpen.total} database connections`);

  console.log(`writing ${RATE}/s for ${SECONDS} s…`);
  let connPeak = connOpen.total;
  const sampler = setInterval(() => void connectionsTo(admin, dbName).then((c) => (connPeak = Math.max(connPeak, c.total))), 1000);
  // A line every 5 s, so a stall (writes queueing, streams dropped by the server) shows when it began.
  const writeStart = performance.now();
  const progress = setInterval(() => {
    const t = streams.totals();
    const acked = ledger.writes.filter((w) => w.ackedAt !== null).length;
    console.log(`  t=${((performance.now() - writeStart) / 1000).toFixed(0)} s: writes ${acked}/${ledger.writes.length} acknowledged; streams up ${streams.up()}/${STREAMS}; reconnects ${t.reconnecting}; server errors ${t.serverErrors}; load ${loadavg()[0]!.toFixed(1)}`);
  }, 5000);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpuBefore = allProcesses();
  await new ClubWriter(members, checkins, ledger).run(RATE, SECONDS);
  const cpuAfter = allProcesses();
  loop.disable();
  clearInterval(sampler);
  clearInterval(progress);
  await drain(ledger, 10_000);
  const d = ledger.summary(await publishedAt(database.url, ledger.matchedEventIds()));
  const serverCpu = cpuSecondsBetween(cpuBefore, cpuAfter, treeOf(cpuAfter, [pid]));
  report({ points, connBase, connOpen, connPeak, d, serverCpu, loopP99: loop.percentile(99) / 1e6, streams });
  streams.closeAll();
  const clean = d.acked > 0 && d.lostDeliveries === 0 && d.withoutEvent === 0 && d.duplicates === 0 && d.leaks === 0;
  console.log(`\nresult: ${clean ? "PASS" : "FAIL"} (every acknowledged write's event on every stream of its club, once, and on no other)`);
  exitCode = clean ? 0 : 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
