// `npm start`: build if the sources changed since the last build, then serve with migrations and demo data.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

const demo = JSON.parse(readFileSync(new URL("../server/seed/demo-accounts.json", import.meta.url), "utf8"));

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
// Refuse early, before a wasted build, if another server holds the embedded database folder.
function refuseIfFolderLocked() {
  if (process.env.DATABASE_URL) return;
  const folder = path.resolve(process.env.RF_DATA_DIR || "./.data");
  const lockFile = path.join(folder, "run-forward.lock");
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
  try {
    process.kill(pid, 0);
  } catch {
    return;
  }
  console.error(`\nRun Forward cannot start.\nThe data folder ${folder} is already in use by another Run Forward process (pid ${pid}). ` +
    "Stop that process first, or point RF_DATA_DIR at a different folder.\n");
  process.exit(1);
}

refuseIfFolderLocked();
buildIfNeeded(root, distDir);

const port = process.env.PORT || "3000";
const url = `http://localhost:${port}`;
const env = { RF_SEED_DEMO: "1", ...process.env, NODE_ENV: "production" };
console.log("Starting… (opening the database, applying migrations" + (env.RF_SEED_DEMO === "1" ? ", adding the demo data" : "") + ")");
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

// Next.js says "Ready" before the database is open; the app is ready once a page answers.
async function announceWhenReady() {
  const started = Date.now();
  while (server.exitCode === null) {
    try {
      const response = await fetch(`${url}/signin`, { redirect: "manual" });
      if (response.status < 500) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (server.exitCode !== null) return;
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\nRun Forward is ready (${seconds} s): open ${url}`);
  if (env.RF_SEED_DEMO !== "1") return;
  console.log(`Demo accounts, password for all: ${demo.password}`);
  for (const account of demo.accounts) console.log(`  ${account.role.padEnd(6)} ${account.email}`);
}
announceWhenReady();
