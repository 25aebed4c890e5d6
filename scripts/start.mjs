// `npm start`: build if the sources changed since the last build, then serve with migrations and demo data.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

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
console.log(`Starting Run Forward on http://localhost:${port}`);
const server = spawn(process.execPath, [nextBin, "start", "-p", port], {
  stdio: "inherit",
  env: { RF_SEED_DEMO: "1", ...process.env, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
