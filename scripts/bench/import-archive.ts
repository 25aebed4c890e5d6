// Imports a generated Strava-shaped archive of 2,000 activities (one point a second, 30-90 minutes each, half FIT,
// half gzipped GPX, with activities.csv) through imports.startArchive + imports.uploadArchive, on PGlite and on the
// local PostgreSQL, and reports the import time, sessions per second and the importing process's peak RSS above its
// idle RSS. Each database runs in a child process of its own so one run's memory doesn't colour the other's.
//   npx tsx scripts/bench/import-archive.ts     (ACTIVITIES=200 for a quick look; DBS=parse,pglite,postgres picks runs)
import { execFileSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import yazl from "yazl";
import { openPglite, openPostgres, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { users } from "@/db/schema";
import { createCaller } from "@/server/routers/_app";
import { createInnerContext } from "@/server/trpc";
import { planArchive } from "@/server/domain/imports/archive-plan";
import { parseActivity } from "@/server/domain/imports/parse-activity";
import { openArchive } from "@/server/domain/imports/read-archive";
import { activitiesCsvOf, fitOf, gpxOf, gz } from "@/server/domain/imports/testing/activity-files";

const ACTIVITIES = Number(process.env.ACTIVITIES ?? 2000);
const SERVER = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const MB = 1024 * 1024;

/** A fixed pseudo-random sequence (mulberry32), so every run imports the same archive. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes the archive to disk as it is generated (yazl streams it out; nothing waits in memory for long). */
async function generateArchive(file: string) {
  const rnd = random(16);
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(file));
  const today = new Date();
  const rows = [];
  for (let i = 0; i < ACTIVITIES; i++) {
    // One run a day going back from yesterday, at 06:00-08:00 UTC.
    const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 1 - i, 6, Math.floor(rnd() * 120)));
    const track = { start, minutes: 30 + Math.floor(rnd() * 61), metresPerSecond: 2.6 + rnd(), heartRate: 135 + Math.floor(rnd() * 20) };
    const name = i % 2 === 0 ? `activities/${1000 + i}.fit` : `activities/${1000 + i}.gpx.gz`;
    zip.addBuffer(Buffer.from(i % 2 === 0 ? fitOf(track) : gz(gpxOf(track))), name);
    rows.push({ id: String(1000 + i), file: name, name: `Run ${i}`, description: i % 5 === 0 ? "Felt easy" : "", exertion: 1 + (i % 9) });
    // Let the zip's output drain before building the next track.
    if (i % 20 === 0) await new Promise((r) => setImmediate(r));
  }
  zip.addBuffer(Buffer.from(activitiesCsvOf(rows)), "activities.csv");
  zip.end();
  await written;
}

async function openDb(kind: string): Promise<DbHandle & { drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const handle = await openPglite();
    await runMigrations(handle);
    return { ...handle, drop: handle.close };
  }
  const name = `rf_bench_import_${Date.now()}`;
  const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  const handle = openPostgres(u.toString(), 10);
  await runMigrations(handle);
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** The same files read and parsed with no database at all: how much of the import is parsing. */
async function parseOnly(file: string) {
  const archive = await openArchive(file);
  const t0 = performance.now();
  const byFormat: Record<string, { n: number; ms: number }> = {};
  for (const { entry, name, activity } of planArchive(archive.entries).files) {
    if (!activity) continue;
    const t = performance.now();
    await parseActivity({ name: name.replace(/\.gz$/i, ""), bytes: await archive.readEntry(entry) }, { unit: "km" });
    const f = (byFormat[path.extname(name.replace(/\.gz$/i, ""))] ??= { n: 0, ms: 0 });
    f.n++;
    f.ms += performance.now() - t;
  }
  archive.close();
  const perFile = Object.entries(byFormat).map(([ext, f]) => `${ext} ${(f.ms / f.n).toFixed(0)} ms/file`).join(", ");
  console.log(JSON.stringify({ kind: "parse", seconds: (performance.now() - t0) / 1000, perFile }));
}

/** In the child: one import on one database, measured from its own process. */
async function child(kind: string, file: string) {
  if (kind === "parse") return parseOnly(file);
  const handle = await openDb(kind);
  const [user] = await handle.db.insert(users).values({ email: `bench-${Date.now()}@example.test`, name: "Bench", passwordHash: "x", timeZone: "UTC" }).returning();
  const api = createCaller(createInnerContext({ db: handle.db, user: { id: user!.id }, ip: "127.0.0.1" }));
  global.gc?.();
  const idle = process.memoryUsage().rss;
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const { id } = await api.imports.startArchive({ fileName: "export.zip", sizeBytes: statSync(file).size });
  const batch = await api.imports.uploadArchive({ id, archive: createReadStream(file, { highWaterMark: 256 * 1024 }) });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await handle.drop();
  console.log(JSON.stringify({ kind, seconds, imported: batch.importedCount, failed: batch.failedCount, duplicate: batch.duplicateCount, idleMb: idle / MB, peakAboveIdleMb: (peak - idle) / MB }));
}

async function main() {
  const [mode, kind, file] = process.argv.slice(2);
  if (mode === "--child") return child(kind!, file!);
  const archive = path.join(tmpdir(), `run-forward-bench-${ACTIVITIES}.zip`);
  if (!existsSync(archive)) {
    const t0 = performance.now();
    await generateArchive(archive);
    console.log(`generated ${archive} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  console.log(`archive: ${ACTIVITIES} activities, ${(statSync(archive).size / MB).toFixed(1)} MB`);
  for (const kind of (process.env.DBS ?? "parse,pglite,postgres").split(",")) {
    const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", import.meta.filename, "--child", kind, archive], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as { kind: string; seconds: number; imported: number; failed: number; duplicate: number; idleMb: number; peakAboveIdleMb: number; perFile?: string };
    if (r.perFile) {
      console.log(`parse    ${r.seconds.toFixed(1)} s reading and parsing every file with no database (${r.perFile})`);
      continue;
    }
    console.log(
      `${r.kind.padEnd(8)} ${r.seconds.toFixed(1)} s, ${(r.imported / r.seconds).toFixed(1)} sessions/s, imported ${r.imported}, failed ${r.failed}, duplicates ${r.duplicate}; ` +
        `RSS idle ${r.idleMb.toFixed(0)} MB, peak ${r.peakAboveIdleMb.toFixed(0)} MB above idle; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`,
    );
  }
}

await main();
