// Starts a production server for the end-to-end tests on a fresh database of its own:
// a new database on the PostgreSQL server when TEST_DATABASE_URL or DATABASE_URL is set, else a new PGlite folder.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { buildIfNeeded } from "./build-if-needed.mjs";

const root = process.cwd();
const port = process.env.E2E_PORT || "3100";
const distDir = process.env.NEXT_DIST_DIR || ".next-e2e";
const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || "";
const STALE_MS = 3 * 60 * 60 * 1000;

// Names carry their creation time by the PostgreSQL server's clock, not ours: under faketime (.ci/run) our clock is
// moved, and by it other runs' live databases could look hours old, or ours never grow stale.
async function dropStaleDatabases(admin, now) {
  const rows = await admin`select datname from pg_database where datname ~ '^rf_(e2e|test|bench)_[0-9]+'`;
  for (const { datname } of rows) {
    const created = Number(datname.split("_")[2]);
    if (now - created > STALE_MS) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
  }
}

const env = { ...process.env, PORT: port, NODE_ENV: "production", RF_SEED_DEMO: "1", NEXT_DIST_DIR: distDir };
// Mail goes to the SMTP server a spec runs on E2E_PORT + 1000 (e2e/forgot-password.spec.ts), never anywhere real;
// while none listens, sends fail and the queue retries them.
env.SMTP_URL = `smtp://127.0.0.1:${Number(port) + 1000}`;
env.APP_URL = `http://localhost:${port}`;
// Every spec signs runners up from this one machine; the limit per network is tested in sign-up-address.test.ts.
env.SIGNUP_LIMIT_PER_HOUR = "1000";
let cleanup = async () => {};

if (serverUrl) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const [{ now }] = await admin`select (extract(epoch from now()) * 1000)::float8 as now`;
  await dropStaleDatabases(admin, now);
  const name = `rf_e2e_${Math.round(now)}_${process.pid}`;
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
    await admin.end({ timeout: 2 });
  };
  console.log(`e2e: PostgreSQL database ${name}`);
} else {
  const dir = mkdtempSync(path.join(tmpdir(), "rf-e2e-"));
  env.RF_DATA_DIR = dir;
  delete env.DATABASE_URL;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
  console.log(`e2e: embedded database in ${dir}`);
}

buildIfNeeded(root, distDir);
// Each spec's own people, clubs and check-ins, before the server opens the database (PGlite takes one process at a time).
const tsxCli = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const seeded = spawnSync(process.execPath, [tsxCli, path.join(root, "scripts", "e2e-seed.ts")], { stdio: "inherit", env: { ...env, RF_SEED_DEMO: "0" } });
if (seeded.status !== 0) {
  await cleanup();
  process.exit(seeded.status ?? 1);
}
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const servers = [];
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const server of servers) server.kill("SIGTERM");
  const exited = servers.filter((s) => s.exitCode === null).map((s) => new Promise((resolve) => s.once("exit", resolve)));
  await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 5000))]);
  await cleanup();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => void stop(0));
function start(onPort) {
  const server = spawn(process.execPath, [nextBin, "start", "-p", onPort], { stdio: "inherit", env: { ...env, PORT: onPort } });
  servers.push(server);
  server.on("exit", (code) => void stop(code ?? 0));
}

// On PostgreSQL a second instance of the same build serves the same database on the next port, so the live specs
// (e2e/live-*.spec.ts) can write through one and watch the other; it answers before the first starts, so Playwright
// (which waits for the first) begins with both up. The embedded database takes one process, so there it is one.
if (serverUrl) {
  const second = String(Number(port) + 1);
  start(second);
  const deadline = Date.now() + 180_000;
  while (!(await fetch(`http://localhost:${second}/api/health`).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline) {
      console.error(`e2e: the second instance on port ${second} did not answer`);
      await stop(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
start(port);
