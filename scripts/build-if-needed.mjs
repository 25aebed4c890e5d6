// Builds the Next.js app when its sources are newer than the last build in the given folder.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "server", "db", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json"];

function newestMtime(root, entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full)) newest = Math.max(newest, newestMtime(root, path.join(entry, child)));
  return newest;
}

export function needsBuild(root, distDir) {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestMtime(root, entry) > builtAt);
}

export function buildIfNeeded(root, distDir) {
  if (!needsBuild(root, distDir)) return;
  const first = !existsSync(path.join(root, distDir, "BUILD_ID"));
  console.log(first
    ? "First start: building the app — about a minute on a 2-core machine; later starts skip this."
    : "The sources changed since the last build: rebuilding the app — about a minute on a 2-core machine.");
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
